// The messages between a worker's client and its zygote: frames on a Unix stream socket
// (a 4-byte length, then the payload), file descriptors passed beside a frame, and the
// encoding of a RunRequest. Both ends are the same build, so the format is private.
#pragma once

#include "runrequest.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace loopscope::python::wire {

// First byte of each frame.
enum Kind : char {
    Ready = 'Y',    // zygote -> client: warm and waiting
    Failed = 'E',   // zygote -> client: could not start (the rest is a message)
    Run = 'R',      // client -> zygote: a RunRequest, with stdout, stderr, control fds
    Kill = 'K',     // client -> zygote: kill the running child
    Started = 'S',  // zygote -> client: the child's pid
    Finished = 'F', // zygote -> client: wait status, CPU seconds, max RSS
};

bool sendFrame(int socket, std::string_view payload, const std::vector<int>& fds = {});
// False on end of stream or error; received descriptors are appended to `fds`.
bool receiveFrame(int socket, std::string& payload, std::vector<int>* fds = nullptr);

// Appends and reads plain values in a fixed byte order.
class Writer {
public:
    explicit Writer(char kind) { bytes_.push_back(kind); }
    Writer& u64(std::uint64_t value);
    Writer& i64(std::int64_t value) { return u64(std::uint64_t(value)); }
    Writer& f64(double value);
    Writer& str(std::string_view value);
    const std::string& bytes() const { return bytes_; }

private:
    std::string bytes_;
};

class Reader {
public:
    explicit Reader(std::string_view bytes) : bytes_(bytes.substr(1)) {}
    bool u64(std::uint64_t& value);
    bool i64(std::int64_t& value);
    bool f64(double& value);
    bool str(std::string& value);

private:
    std::string_view bytes_;
};

std::string encodeRequest(const RunRequest& request);
bool decodeRequest(std::string_view payload, RunRequest& request);

} // namespace loopscope::python::wire
