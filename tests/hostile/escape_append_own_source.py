# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: for writing: a program may not write files
# why: appends to its own source file
with open(__file__, "a") as me:
    me.write("# was here")
