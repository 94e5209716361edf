"""A module beside the programs: imported by imports/001 and 003."""
print("greeting runs as", __name__)
GREETING = "hello"
calls = []


def greet(name, punct=("!", "?")):
    calls.append(name)
    return GREETING + ", " + name + punct[0]
