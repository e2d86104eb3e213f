# expect: exit 1
# stderr: RecursionError
# same-as-cpython
# why: repr() of a list nested 100,000 deep
box = []
for i in range(100000):
    box = [box]
print(repr(box)[:10])
