# expect: exit 1
# why: declares coding: bogus-loopscope-codec, which no codec implements
# stderr: SyntaxError: encoding problem: bogus-loopscope-codec
# same-as-cpython
print("ran")
