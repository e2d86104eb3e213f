# expect: exit 1
# stderr: SyntaxError: nonlocal declaration not allowed at module level
# same-as-cpython
# why: a nonlocal statement at module level
nonlocal counter
counter = 0
