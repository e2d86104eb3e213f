# expect: exit 1
# stderr: SyntaxError: f-string expression part cannot include a backslash
# same-as-cpython
# why: a backslash inside an f-string expression (not allowed before 3.12)
lines = ["a", "b"]
print(f"{'\n'.join(lines)}")
