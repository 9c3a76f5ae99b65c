# traceback carets: calls through methods; the last frame's raise spans the line
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount
        return self.balance

def run(acct):
    left = acct.withdraw(30)
    print("left", left)
    result = acct.withdraw(100)
    return result

run(Account(50))
