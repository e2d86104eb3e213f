// Replays a fuzz target's kept inputs (tests/fuzz/regressions/NAME/*: the inputs that
// once crashed it, and a few seeds) in an ordinary build, so that CTest runs them on
// every change: the target's LLVMFuzzerTestOneInput, called once per file.
#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const QDir folder(QStringLiteral(LOOPSCOPE_SOURCE_DIR "/tests/fuzz/regressions/") + QStringLiteral(LOOPSCOPE_FUZZ_TARGET));
    int replayed = 0;
    for (const QString& name : folder.entryList(QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
            return 1;
        }
        const QByteArray bytes = file.readAll();
        LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.constData()), std::size_t(bytes.size()));
        ++replayed;
    }
    std::printf("%d inputs replayed without a crash\n", replayed);
    return replayed > 0 ? 0 : 1;
}
