# expect: exit 1
# stderr: EOFError: EOF when reading a line
# why: input(): the worker has no stdin, so it reads end of file at once
name = input("your name? ")
print("hello", name)
