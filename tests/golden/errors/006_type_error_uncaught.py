# Checks an uncaught TypeError from mixing str and int in a binary operation inside a helper.
def label(name, count):
    return name + ": " + count
print(label("apples", "3"))
print(label("pears", 4))
