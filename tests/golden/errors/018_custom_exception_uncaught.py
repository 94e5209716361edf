# Checks an uncaught custom exception with a message: the class name is printed without the __main__ prefix.
class InventoryError(Exception):
    pass
class OutOfStock(InventoryError):
    def __init__(self, item, wanted):
        super().__init__(f"cannot take {wanted} x {item!r}: out of stock")
stock = {'widget': 2}
def take(item, n):
    if stock.get(item, 0) < n:
        raise OutOfStock(item, n)
    stock[item] -= n
    print("took", n, item)
take('widget', 1)
take('widget', 5)
