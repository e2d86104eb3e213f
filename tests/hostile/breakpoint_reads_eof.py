# expect: exit 1
# stderr: bdb.BdbQuit
# stdout: before
# stdout: (Pdb)
# why: breakpoint(): pdb reads end of file from stdin and quits
print("before")
breakpoint()
print("after")
