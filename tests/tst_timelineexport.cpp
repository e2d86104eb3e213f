// Timeline images as a teacher exports them: the six examples of the classic asyncio
// article in PNG (its size, lanes that are not blank), SVG (well-formed, every task's
// name as text) and PDF (one page); a range, the dark theme, twice the pixels; and a
// destination that cannot be written, which says why and leaves no file.
#include "recording.h"

#include "exportdialog.h"
#include "timelineexport.h"
#include "timelinelayout.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace loopscope;

class tst_TimelineExport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void articleExamples_data();
    void articleExamples();
    void rangeAndScale();
    void darkTheme();
    void failingDestinations_data();
    void failingDestinations();
    void keepsTheOldFileWhenItFails();
    void dialogPreviewsAndWrites();

private:
    std::shared_ptr<const ui::TimelineModel> model(const QString& program);
    python::Worker worker_;
    QTemporaryDir dir_;
};

void tst_TimelineExport::initTestCase()
{
    std::string error;
    QVERIFY2(worker_.start(&error), error.c_str());
    QVERIFY(dir_.isValid());
}

std::shared_ptr<const ui::TimelineModel> tst_TimelineExport::model(const QString& program)
{
    const Recording run = recordProgram(worker_, corpusProgram(QStringLiteral("conformance/article/") + program));
    return std::make_shared<const ui::TimelineModel>(run.trace);
}

void tst_TimelineExport::articleExamples_data()
{
    QTest::addColumn<QString>("program");
    for (const char* name : {"article_1_named_tasks.py", "article_2_wait_for.py", "article_3_wait.py",
                             "article_4_gather.py", "article_5_as_completed.py", "article_6_taskgroup.py"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void tst_TimelineExport::articleExamples()
{
    QFETCH(QString, program);
    const auto timeline = model(program);
    ui::ExportOptions options;
    options.title = program;
    const ui::TimelineExport image(timeline, options);
    const QString base = dir_.filePath(QFileInfo(program).completeBaseName());
    QString error;

    // PNG: the size asked for, and every lane of a task holds something drawn.
    QVERIFY2(image.write(base + QStringLiteral(".png"), &error), qPrintable(error));
    QImage png(base + QStringLiteral(".png"));
    QCOMPARE(png.width(), 1600);
    QCOMPARE(png.height(), image.size().height());
    const ui::TimeAxis& axis = image.axis();
    const ui::TimelineLayout layout(timeline.get(), &axis, QRectF(0, 34, 1600, png.height()), false);
    const QRgb background = png.pixel(png.width() - 2, png.height() / 2);
    for (std::size_t row = 0; row < layout.rows().size(); ++row) {
        if (layout.rows()[row] == 0)
            continue; // the loop's lane may hold a few marks only
        const QRect lane = layout.rowRect(int(row), {}).intersected(layout.lanesRect()).toRect();
        int drawn = 0;
        for (int y = lane.top() + 4; y < lane.bottom() - 4; ++y)
            for (int x = lane.left(); x < lane.right(); x += 2)
                drawn += png.pixel(x, y) != background && qGray(png.pixel(x, y)) < 200;
        QVERIFY2(drawn > 20, qPrintable(QStringLiteral("row %1 is blank").arg(row)));
    }

    // SVG: well-formed, and each task's name is text in it.
    QVERIFY2(image.write(base + QStringLiteral(".svg"), &error), qPrintable(error));
    QFile svgFile(base + QStringLiteral(".svg"));
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    QXmlStreamReader svg(&svgFile);
    QStringList texts;
    while (!svg.atEnd()) {
        if (svg.readNext() == QXmlStreamReader::StartElement && svg.name() == QLatin1String("text"))
            texts << svg.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }
    QVERIFY2(!svg.hasError(), qPrintable(svg.errorString()));
    const trace::Trace& trace = timeline->trace();
    for (trace::TaskId task = 1; task <= trace.taskCount(); ++task) {
        const QString name = QString::fromStdString(std::string(trace.finalName(task)));
        const auto& lanes = timeline->lanes();
        const bool internal = std::any_of(lanes.begin(), lanes.end(), [&](const ui::Lane& lane) {
            return lane.task == task && lane.internal;
        });
        if (!internal)
            QVERIFY2(texts.contains(name), qPrintable(name + QStringLiteral(" is not in the SVG")));
    }
    QVERIFY(texts.contains(program)); // the title

    // PDF: a document of one page.
    QVERIFY2(image.write(base + QStringLiteral(".pdf"), &error), qPrintable(error));
    QFile pdfFile(base + QStringLiteral(".pdf"));
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    const QByteArray pdf = pdfFile.readAll();
    QVERIFY(pdf.startsWith("%PDF-1."));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QVERIFY(pdf.contains("/Count 1"));
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page/") +
                 pdf.count("/Type /Page "),
             qsizetype(1));
}

void tst_TimelineExport::rangeAndScale()
{
    const auto timeline = model(QStringLiteral("article_2_wait_for.py"));
    ui::ExportOptions options;
    options.scale = 2;
    options.width = 900;
    ui::TimelineExport image(timeline, options);
    QVERIFY(image.setTimeRange(1.5, 2.0));
    const QImage png = image.image();
    QCOMPARE(png.width(), 1800); // twice the pixels
    QCOMPARE(png.devicePixelRatio(), 2.0);
    QString error;
    QVERIFY(!image.setTimeRange(3, 2, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!image.setTimeRange(10, 20, &error)); // the run ends at 2.0
    QVERIFY(error.contains(QLatin1String("after the run's end")));
}

void tst_TimelineExport::darkTheme()
{
    const auto timeline = model(QStringLiteral("article_4_gather.py"));
    ui::ExportOptions options;
    options.dark = true;
    const QImage dark = ui::TimelineExport(timeline, options).image();
    QVERIFY(qGray(dark.pixel(dark.width() - 3, dark.height() / 2)) < 80);
    options.dark = false;
    const QImage light = ui::TimelineExport(timeline, options).image();
    QVERIFY(qGray(light.pixel(light.width() - 3, light.height() / 2)) > 180);
}

void tst_TimelineExport::failingDestinations_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("why");
    QTest::newRow("no such folder") << QStringLiteral("missing/folder/out.png") << QStringLiteral("No such file");
    QTest::newRow("a file as folder") << QStringLiteral("plain.txt/out.svg") << QStringLiteral("Not a directory");
    QTest::newRow("unknown type") << QStringLiteral("out.bmp") << QStringLiteral("unknown image type '.bmp'");
    QTest::newRow("no type") << QStringLiteral("out") << QStringLiteral("name it .png, .svg or .pdf");
    QTest::newRow("a folder") << QStringLiteral("folder.pdf") << QStringLiteral("it is a folder");
}

void tst_TimelineExport::failingDestinations()
{
    QFETCH(QString, path);
    QFETCH(QString, why);
    QDir(dir_.path()).mkpath(QStringLiteral("folder.pdf"));
    QFile plain(dir_.filePath(QStringLiteral("plain.txt")));
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const QStringList before = QDir(dir_.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);

    const ui::TimelineExport image(model(QStringLiteral("article_1_named_tasks.py")), {});
    QString error;
    QVERIFY(!image.write(dir_.filePath(path), &error));
    QVERIFY2(error.contains(why), qPrintable(error));
    QVERIFY(error.contains(QLatin1String("cannot write")));
    // Nothing new, not even a temporary file.
    QCOMPARE(QDir(dir_.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);
}

void tst_TimelineExport::keepsTheOldFileWhenItFails()
{
    // Writing over an existing image replaces it whole or not at all.
    const QString path = dir_.filePath(QStringLiteral("kept.png"));
    const ui::TimelineExport image(model(QStringLiteral("article_3_wait.py")), {});
    QString error;
    QVERIFY(image.write(path, &error));
    const QByteArray first = [&] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(first.startsWith("\x89PNG"));
    QVERIFY(image.write(path, &error));
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), first); // deterministic, and whole
}

void tst_TimelineExport::dialogPreviewsAndWrites()
{
    ui::ExportDialog::Source source;
    source.model = model(QStringLiteral("article_6_taskgroup.py"));
    source.title = QStringLiteral("article_6_taskgroup.py");
    source.visibleTo = 2;
    ui::ExportDialog dialog(source);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* preview = dialog.findChild<QLabel*>(QStringLiteral("ExportPreview"));
    QVERIFY(preview);
    QVERIFY(!preview->pixmap().isNull());
    QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("ExportSize"))->text().contains(QLatin1String("1600")));
    const QString path = dir_.filePath(QStringLiteral("from-dialog.svg"));
    QVERIFY(dialog.exportTo(path));
    QVERIFY(QFileInfo(path).size() > 1000);
    QCOMPARE(dialog.lastWritten(), path);
}

QTEST_MAIN(tst_TimelineExport)
#include "tst_timelineexport.moc"
