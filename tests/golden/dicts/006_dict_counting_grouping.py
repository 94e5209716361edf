# Checks common dict idioms: counting with get, grouping with setdefault, inverting, nested dicts.
text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for w in "a quick brown fox is up to no good at all".split():
    groups.setdefault(len(w), []).append(w)
print(groups)
letters = {}
for ch in "mississippi":
    letters[ch] = letters.get(ch, 0) + 1
print(letters, max(letters, key=letters.get))
inv = {}
for k, v in letters.items():
    inv.setdefault(v, []).append(k)
print(inv)
tree = {}
for path in ["a/b/c", "a/b/d", "a/e", "f"]:
    node = tree
    for part in path.split("/"):
        node = node.setdefault(part, {})
print(tree)
