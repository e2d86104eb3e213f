# expect: exit 1
# stderr: PermissionError: Loopscope's sandbox refused
# stderr: refused resource.prlimit()
# why: raises its own memory limit with resource.prlimit
import resource

resource.prlimit(0, resource.RLIMIT_AS, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
