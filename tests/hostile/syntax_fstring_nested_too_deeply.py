# expect: exit 1
# stderr: SyntaxError: f-string: expressions nested too deeply
# same-as-cpython
# why: format specs nested three levels deep
width, precision, x = 10, 3, 3.14159
print(f"{x:{width:{precision}}}")
