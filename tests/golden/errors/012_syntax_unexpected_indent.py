# Checks IndentationError "unexpected indent" for a line indented without an opening block.
a = 1
b = 2
    c = a + b
print(c)
