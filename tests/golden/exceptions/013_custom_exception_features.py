# Checks custom exceptions with extra attributes, __str__/__repr__ overrides, hierarchies and catching order.
class ValidationError(ValueError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is required")
class Weird(Exception):
    def __repr__(self):
        return "Weird!"
def validate(rec):
    if 'name' not in rec:
        raise MissingField('name')
    if len(rec['name']) < 2:
        raise ValidationError('name', 'too short')
    return "valid"
for rec in [{}, {'name': 'A'}, {'name': 'Bob'}]:
    try:
        print(validate(rec))
    except MissingField as e:
        print("missing:", e, e.field, e.args)
    except ValidationError as e:
        print("invalid:", e, type(e).__mro__[1].__name__)
try:
    raise Weird("text")
except Weird as w:
    print(str(w), repr(w), [w])
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print(e, e.args)
