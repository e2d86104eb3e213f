# expect: exit 1
# stderr: ValueError: bottom
# stderr: KeyError: 100
# same-as-cpython
# why: a chain of 101 exceptions, each raised from the one before
def fail(n):
    try:
        if n == 0:
            raise ValueError("bottom")
        fail(n - 1)
    except Exception as error:
        raise KeyError(n) from error

fail(100)
