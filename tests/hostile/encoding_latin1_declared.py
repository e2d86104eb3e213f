# expect: exit 0
# why: declares coding: latin-1 so that the raw byte 0xe9 reads as e-acute
# stdout: 4 b'caf\xc3\xa9'
# same-as-cpython
print(len("café"), "café".encode("utf-8"))
