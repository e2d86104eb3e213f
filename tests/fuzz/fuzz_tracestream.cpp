// libFuzzer: the event record's byte stream, as the client reads it back from the
// worker's pipe. A damaged stream (a worker that died mid-write, or garbage) must be
// refused or decoded into a Trace whose every reference holds, never crash.
#include "trace/trace.h"
#include "trace/tracestream.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    loopscope::trace::Trace trace;
    loopscope::trace::TraceDecoder decoder(trace);
    // In two pieces, split where the first byte says: the decoder takes any split.
    const std::size_t split = size == 0 ? 0 : std::size_t(data[0]) % (size + 1);
    if (decoder.feed(bytes.substr(0, split)))
        decoder.feed(bytes.substr(split));
    for (loopscope::trace::EventId id = 0; id < trace.size(); ++id) {
        const loopscope::trace::Event& event = trace.event(id);
        if (event.task > trace.taskCount() || (event.cause != loopscope::trace::kNoEvent && event.cause >= id))
            __builtin_trap();
        (void)trace.timeOf(id);
        (void)trace.nameAt(event.task, id);
    }
    return 0;
}
