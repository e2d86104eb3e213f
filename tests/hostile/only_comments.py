# expect: exit 0
# same-as-cpython
# why: a program that is nothing but its header comments
