# Checks an uncaught ValueError from int() (full-width digits parse; the bad literal is non-ASCII) raised via a lambda in map.
values = ["12", "７", "٣x"]
print("parsing", len(values), "values")
numbers = list(map(lambda s: int(s), values))
print(numbers)
