# expect: exit 1
# stderr: SyntaxError: invalid syntax
# same-as-cpython
# why: 'async' used as a variable name
async = True
print(async)
