import circle_b
A = "a"
