# Checks the SyntaxError for an unterminated string literal (reports the line it was detected at).
print("ok so far")
name = "world"
message = "hello world
print(message)
