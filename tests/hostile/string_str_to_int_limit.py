# expect: exit 1
# stderr: ValueError: Exceeds the limit (4300 digits) for integer string conversion
# same-as-cpython
# why: int() of a 100,000-digit string
print(int("7" * 100000) % 10)
