# Checks using lists as stacks and queues, and simple algorithms built on them.
stack = []
for ch in "({[]})":
    if ch in "({[":
        stack.append(ch)
    else:
        top = stack.pop()
        print(top, ch, "ok" if "({[".index(top) == ")}]".index(ch) else "mismatch")
print("empty:", stack == [])
queue = [1, 2, 3]
queue.append(4)
print(queue.pop(0), queue.pop(0), queue)
def balanced(s):
    st = []
    pairs = {')': '(', ']': '[', '}': '{'}
    for c in s:
        if c in '([{':
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
for s in ["()", "([)]", "{[()()]}", "((", "", "a(b)c]"]:
    print(repr(s), balanced(s))
rpn = "3 4 + 2 * 7 -".split()
st = []
for tok in rpn:
    if tok.isdigit():
        st.append(int(tok))
    else:
        b, a = st.pop(), st.pop()
        st.append({'+': a + b, '-': a - b, '*': a * b}[tok])
print("rpn =", st)
