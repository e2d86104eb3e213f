# expect: exit 1
# why: a UTF-8 byte order mark followed by coding: latin-1 (a contradiction)
# stderr: SyntaxError
# same-as-cpython
print("ran")
