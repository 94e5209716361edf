package org.gilvm.interp;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import org.gilvm.objects.PyObject;

/**
 * The references among the objects alive at exit, found with {@link PyObject#traverse}:
 * what CPython's cyclic GC computes in {@code update_refs}/{@code subtract_refs}, plus the
 * strongly connected components that turn garbage into cycles.
 *
 * <p>Node {@code i} is {@code nodes.get(i)}; an edge {@code i -> j} is one reference that
 * {@code i} owns to {@code j} (a list holding {@code j} twice gives two edges). Only
 * references between nodes count: the others lead to immortal or freed objects.
 */
final class RefGraph {
    final List<PyObject> nodes;
    /** Out-edges of each node, with multiplicity. */
    final int[][] out;
    /** For each node, the nodes that reference it, with multiplicity. */
    final int[][] in;

    RefGraph(List<PyObject> nodes) {
        this.nodes = nodes;
        int n = nodes.size();
        IdentityHashMap<PyObject, Integer> index = new IdentityHashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.put(nodes.get(i), i);
        }
        out = new int[n][];
        int[] inCount = new int[n];
        IntList targets = new IntList();
        for (int i = 0; i < n; i++) {
            targets.clear();
            nodes.get(i).traverse(o -> {
                Integer j = index.get(o);
                if (j != null) {
                    targets.add(j);
                }
            });
            out[i] = targets.toArray();
            for (int j : out[i]) {
                inCount[j]++;
            }
        }
        in = new int[n][];
        for (int j = 0; j < n; j++) {
            in[j] = new int[inCount[j]];
        }
        int[] fill = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j : out[i]) {
                in[j][fill[j]++] = i;
            }
        }
    }

    int size() {
        return nodes.size();
    }

    /** The nodes reachable from those marked in {@code roots} (the roots included). */
    boolean[] reachableFrom(boolean[] roots) {
        boolean[] seen = roots.clone();
        ArrayDeque<Integer> work = new ArrayDeque<>();
        for (int i = 0; i < seen.length; i++) {
            if (seen[i]) {
                work.add(i);
            }
        }
        while (!work.isEmpty()) {
            for (int j : out[work.poll()]) {
                if (!seen[j]) {
                    seen[j] = true;
                    work.add(j);
                }
            }
        }
        return seen;
    }

    /**
     * The strongly connected components of the subgraph of nodes marked in {@code within}
     * that form cycles (more than one node, or one node referencing itself): Tarjan's
     * algorithm, iterative so a long chain cannot overflow the Java stack.
     */
    List<int[]> cycles(boolean[] within) {
        int n = size();
        int[] order = new int[n];
        int[] low = new int[n];
        Arrays.fill(order, -1);
        boolean[] onStack = new boolean[n];
        IntList stack = new IntList();
        int[] callNode = new int[n];
        int[] callEdge = new int[n];
        List<int[]> result = new java.util.ArrayList<>();
        int counter = 0;
        for (int root = 0; root < n; root++) {
            if (!within[root] || order[root] >= 0) {
                continue;
            }
            int depth = 0;
            callNode[0] = root;
            callEdge[0] = 0;
            order[root] = low[root] = counter++;
            stack.add(root);
            onStack[root] = true;
            while (depth >= 0) {
                int v = callNode[depth];
                if (callEdge[depth] < out[v].length) {
                    int w = out[v][callEdge[depth]++];
                    if (!within[w]) {
                        continue;
                    }
                    if (order[w] < 0) {
                        order[w] = low[w] = counter++;
                        stack.add(w);
                        onStack[w] = true;
                        depth++;
                        callNode[depth] = w;
                        callEdge[depth] = 0;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], order[w]);
                    }
                    continue;
                }
                if (low[v] == order[v]) {
                    IntList component = new IntList();
                    int w;
                    do {
                        w = stack.removeLast();
                        onStack[w] = false;
                        component.add(w);
                    } while (w != v);
                    if (component.size() > 1 || referencesItself(v)) {
                        result.add(component.toArray());
                    }
                }
                depth--;
                if (depth >= 0) {
                    int parent = callNode[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        return result;
    }

    private boolean referencesItself(int v) {
        for (int w : out[v]) {
            if (w == v) {
                return true;
            }
        }
        return false;
    }

    /** A growable int array: the graph has an edge per reference, boxing them would double it. */
    static final class IntList {
        private int[] a = new int[8];
        private int size;

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        int removeLast() {
            return a[--size];
        }

        int size() {
            return size;
        }

        void clear() {
            size = 0;
        }

        int[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }
}
