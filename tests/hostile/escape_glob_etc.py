# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: to list '/etc/*'
# why: globs /etc/*
import glob

print(glob.glob("/etc/*"))
