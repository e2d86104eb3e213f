# expect: exit 1
# stderr: SyntaxError: f-string: single '}' is not allowed
# same-as-cpython
# why: a lone '}' in an f-string
count = 3
print(f"count}} = {count} }")
