# Checks implicit chaining output: "During handling of the above exception, another exception occurred:".
def load(config, key):
    try:
        return config[key]
    except KeyError:
        print("missing key, converting")
        return int(config.get('fallback', 'not a number'))
print(load({'port': 80}, 'port'))
print(load({}, 'port'))
