# Checks an uncaught TypeError raised in __init__ via a property setter during instantiation.
class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees
    @property
    def degrees(self):
        return self._d
    @degrees.setter
    def degrees(self, value):
        if not isinstance(value, (int, float)):
            raise TypeError(f"degrees must be a number, not {type(value).__name__}")
        self._d = value
print(Celsius(21).degrees)
c = Celsius("warm")
