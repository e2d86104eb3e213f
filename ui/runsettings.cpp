#include "runsettings.h"

#include <QSettings>

#include <algorithm>

namespace loopscope::ui {

namespace {

constexpr std::uint64_t kMiB = 1024 * 1024;

} // namespace

RunSettings RunSettings::defaults()
{
    RunSettings settings;
    settings.limits.maxEvents = 2'000'000;
    settings.limits.cpuSeconds = 5.0;
    return settings;
}

RunSettings RunSettings::load()
{
    RunSettings settings = defaults();
    const QSettings stored;
    python::Limits& limits = settings.limits;
    limits.cpuSeconds = std::clamp(stored.value(QStringLiteral("run/cpuSeconds"), limits.cpuSeconds).toDouble(), 0.1, 600.0);
    limits.maxEvents = std::clamp<qulonglong>(stored.value(QStringLiteral("run/maxEvents"), qulonglong(limits.maxEvents)).toULongLong(),
                                              1000, 100'000'000);
    limits.maxVirtualSeconds =
        std::clamp(stored.value(QStringLiteral("run/maxVirtualSeconds"), limits.maxVirtualSeconds).toDouble(), 1.0, 1e12);
    limits.memoryBytes = std::clamp<qulonglong>(stored.value(QStringLiteral("run/memoryBytes"), qulonglong(limits.memoryBytes)).toULongLong(),
                                                64 * kMiB, 16384 * kMiB);
    limits.outputBytes = std::clamp<qulonglong>(stored.value(QStringLiteral("run/outputBytes"), qulonglong(limits.outputBytes)).toULongLong(),
                                                kMiB, 1024 * kMiB);
    limits.sourceBytes = std::clamp<qulonglong>(stored.value(QStringLiteral("run/sourceBytes"), qulonglong(limits.sourceBytes)).toULongLong(),
                                                1024, 64 * kMiB);
    settings.seed = stored.value(QStringLiteral("run/seed"), 0).toLongLong();
    return settings;
}

void RunSettings::save() const
{
    QSettings stored;
    stored.setValue(QStringLiteral("run/cpuSeconds"), limits.cpuSeconds);
    stored.setValue(QStringLiteral("run/maxEvents"), qulonglong(limits.maxEvents));
    stored.setValue(QStringLiteral("run/maxVirtualSeconds"), limits.maxVirtualSeconds);
    stored.setValue(QStringLiteral("run/memoryBytes"), qulonglong(limits.memoryBytes));
    stored.setValue(QStringLiteral("run/outputBytes"), qulonglong(limits.outputBytes));
    stored.setValue(QStringLiteral("run/sourceBytes"), qulonglong(limits.sourceBytes));
    stored.setValue(QStringLiteral("run/seed"), qlonglong(seed));
}

} // namespace loopscope::ui
