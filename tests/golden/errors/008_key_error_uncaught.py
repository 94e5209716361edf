# Checks an uncaught KeyError: the final line shows the repr of the missing key.
inventory = {'apple': 3, 'pear': 0}
for item in ['apple', 'pear']:
    print(item, inventory[item])
print('banana', inventory['banana'])
