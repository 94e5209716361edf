# Checks an exception raised inside a method called through another method: traceback shows method frames.
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: balance {self.balance}, requested {amount}")
        self.balance -= amount
        return self.balance
    def pay_all(self, bills):
        for b in bills:
            print("paid", b, "left", self.withdraw(b))
acct = Account(100)
acct.pay_all([30, 50, 40])
