# expect: exit 1
# stderr: RecursionError: maximum recursion depth exceeded during compilation
# same-as-cpython
# why: eval of a 200,000-term sum: the compiler recursion limit
print(eval("1" + "+1" * 200000))
