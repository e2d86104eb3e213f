# expect: exit 1
# stderr: SyntaxError
# same-as-cpython
# why: the file ends in the middle of a three-byte UTF-8 sequence
print("ran")
print("euro: â‚