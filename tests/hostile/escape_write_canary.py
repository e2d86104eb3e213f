# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: for writing: a program may not write files
# why: writes a new file in /tmp
with open("/tmp/loopscope-hostile-canary", "w") as f:
    f.write("escaped")
print("written")
