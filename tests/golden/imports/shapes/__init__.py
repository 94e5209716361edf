"""A package: imports/002."""
print("shapes/__init__ runs:", __name__, __package__)
KIND = "shapes"
