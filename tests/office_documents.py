"""The test documents of tests/office.py, written as the UN prints them: an Arabic
and a Chinese General Assembly resolution and an Arabic and a Chinese report of the
Secretary-General (parts numbered in words and signs: "أولا -", "ألف -", "一、", "（一）").

Their text is the expected text: tests/test_rtl_cjk.py exports them with LibreOffice,
converts the PDFs and compares each Akoma Ntoso element with the block it comes from,
word for word (character for character in Chinese). The sentences hold what makes
Arabic hard to read back from a PDF: numbers, symbols and Latin words inside Arabic
sentences ("70/1", "A/CONF.157/24", "(COVID-19)"), brackets, a date with its two month
names ("أيلول/سبتمبر"), lam-alef ("لا"), diacritics ("تُبقي"), note calls after a comma,
paragraph numbers in Arabic-Indic digits; and Chinese lines broken between two
characters, full-width numbers and punctuation ("１．", "（a）", "，", "；").
"""
from office import Block, Document, Italic, Note, Table

ARABIC_RESOLUTION = Document(
    name="ar-resolution", language="ara", symbol="A/RES/80/123",
    organ="الجمعية العامة",
    distribution=["Distr.: General", "15 December 2025"],
    blocks=[
        Block("masthead", ["الدورة الثمانون"], "masthead"),
        Block("masthead", ["البند 68 من جدول الأعمال"], "masthead"),
        Block("kind", ["قرار اتخذته الجمعية العامة في 10 كانون الأول/ديسمبر 2025"], "kind"),
        Block("masthead", ["[بناء على تقرير اللجنة الثالثة (A/80/481)]"], "masthead"),
        Block("title", ["80/123 - تعزيز التعاون الدولي في مجال حقوق الإنسان"], "title"),
        Block("formula", ["إن الجمعية العامة،"], "body"),
        Block("preambular", [Italic("إذ تشير"), " إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015"
                             " المعنون \"تحويل عالمنا: خطة التنمية المستدامة لعام 2030\"، الذي"
                             " اعتمدت فيه مجموعة شاملة بعيدة المدى من الأهداف والغايات العالمية"
                             " التي تركز على الناس وتفضي إلى التحول،"]),
        Block("preambular", [Italic("وإذ تؤكد من جديد"), " أن جميع حقوق الإنسان عالمية وغير قابلة"
                             " للتجزئة ومترابطة ومتشابكة، وأن المجتمع الدولي يجب أن يعامل حقوق"
                             " الإنسان على نحو شامل وبطريقة منصفة ومتكافئة،",
                             Note("انظر الوثيقة A/CONF.157/24 (Part I)، الفصل الثالث.")]),
        Block("preambular", [Italic("وإذ تلاحظ"), " أن 25 في المائة من سكان العالم، أي نحو 2 مليار"
                             " شخص، لا يحصلون على مياه الشرب المأمونة، وأن جائحة مرض فيروس كورونا"
                             " (COVID-19) زادت من حدة هذا الوضع منذ عام 2020،"]),
        Block("preambular", [Italic("وإذ تحيط علما"), " بتقرير مفوضية الأمم المتحدة السامية لحقوق"
                             " الإنسان (OHCHR) عن التعاون الدولي في مجال حقوق الإنسان،",
                             Note("A/HRC/58/21.")]),
        Block("operative", ["1 - ", Italic("تحث"), " جميع الدول على أن تتخذ، وفقا لالتزاماتها"
                            " الدولية، جميع التدابير اللازمة لتعزيز التعاون الدولي في مجال حقوق"
                            " الإنسان، ولا سيما في مجالي التعليم والصحة؛"]),
        Block("operative", ["2 - ", Italic("تطلب"), " إلى الأمين العام أن يقدم إليها في دورتها"
                            " الحادية والثمانين تقريرا عن تنفيذ هذا القرار، يتضمن ما يلي:"]),
        Block("point", ["(أ) المعلومات التي تقدمها الدول الأعضاء؛"], "point"),
        Block("point", ["(ب) توصيات بشأن سبل المضي قدما؛"], "point"),
        Block("operative", ["3 - ", Italic("تقرر"), " أن تُبقي المسألة قيد نظرها الفعلي."]),
        Block("end", ["الجلسة العامة 52"], "center"),
        Block("end", ["10 كانون الأول/ديسمبر 2025"], "center"),
    ])

CHINESE_RESOLUTION = Document(
    name="zh-resolution", language="zho", symbol="A/RES/80/124",
    organ="大会",
    distribution=["Distr.: General", "15 December 2025"],
    blocks=[
        Block("masthead", ["第八十届会议"], "masthead"),
        Block("masthead", ["议程项目 68"], "masthead"),
        Block("kind", ["大会2025年12月10日通过的决议"], "kind"),
        Block("masthead", ["[根据第三委员会的报告(A/80/481)通过]"], "masthead"),
        Block("title", ["80/124. 加强人权领域的国际合作"], "title"),
        Block("formula", ["大会，"], "body"),
        Block("preambular", [Italic("回顾"), "其2015年9月25日第70/1号决议，其中通过了题为“变革我们的"
                             "世界：2030年可持续发展议程”的成果文件，并通过了一套全面、意义深远和以人"
                             "为中心的具有普遍性和变革性的目标和具体目标，"]),
        Block("preambular", [Italic("重申"), "所有人权都是普遍的、不可分割的、相互依存和相互关联的，"
                             "国际社会必须站在同样地位上、用同样重视的眼光、以公正、平等的方式全面看待"
                             "人权，", Note("见A/CONF.157/24（Part I），第三章。")]),
        Block("preambular", [Italic("注意到"), "全世界约有25%的人口，即大约20亿人，无法获得安全饮用水，"
                             "而2019冠状病毒病（COVID-19）大流行自2020年以来加剧了这一状况，",
                             Note("A/HRC/58/21。")]),
        Block("operative", ["１．", Italic("敦促"), "所有国家根据其国际义务，采取一切必要措施，加强人权"
                            "领域的国际合作，特别是在教育和卫生领域的国际合作；"]),
        Block("operative", ["２．", Italic("请"), "秘书长向大会第八十一届会议提交一份关于本决议执行情况"
                            "的报告，其中包括："]),
        Block("point", ["（a）会员国提供的资料；"], "point"),
        Block("point", ["（b）关于今后行动方式的建议；"], "point"),
        Block("operative", ["３．", Italic("决定"), "继续积极审议这个问题。"]),
        Block("end", ["第52次全体会议"], "center"),
        Block("end", ["2025年12月10日"], "center"),
    ])


def heading(level: int, num: str, text: str, space: str = " ") -> Block:
    """A part's heading as printed: its number, then its text, on one line."""
    return Block("heading", [num + space + text], "heading", num=num, level=level)


# A report as the UN sets its Arabic: parts numbered in words ("أولا -", "ثانياً -" with
# its tanween), sections lettered by the letters' names ("ألف -", "باء -"), a numbered
# subheading ("1 -"), and a table read from the right (its first column on the right).
ARABIC_REPORT = Document(
    name="ar-report", language="ara", symbol="S/2025/900",
    organ="مجلس الأمن",
    distribution=["Distr.: General", "20 November 2025", "Arabic", "Original: Arabic"],
    blocks=[
        Block("title", ["تقرير الأمين العام عن التعاون بين الأمم المتحدة والمنظمات الإقليمية"], "title"),
        heading(1, "أولا -", "مقدمة"),
        Block("paragraph", ["١ - يقدم هذا التقرير عملا بقرار مجلس الأمن 2719 (2023)، الذي طلب فيه"
                            " المجلس إلى الأمين العام أن يقدم تقريرا عن التعاون بين الأمم المتحدة"
                            " والمنظمات الإقليمية ودون الإقليمية، ويغطي الفترة من 1 كانون الثاني/يناير"
                            " إلى 30 أيلول/سبتمبر 2025.",
                            Note("انظر أيضا الوثيقة S/2024/500.")]),
        Block("paragraph", ["٢ - وخلال الفترة المشمولة بالتقرير، عقدت الأمانة العامة 12 اجتماعا مع"
                            " الاتحاد الأفريقي (AU) وجامعة الدول العربية، وشاركت في 4 بعثات مشتركة"
                            " لتقييم الاحتياجات الإنسانية، يرد بيانها في الجدول أدناه."]),
        heading(1, "ثانياً -", "الاجتماعات والبعثات المشتركة"),
        heading(2, "ألف -", "الاجتماعات مع المنظمات الإقليمية"),
        Table([["المنظمة", "الاجتماعات", "البعثات المشتركة", "ملاحظات"],
               ["الاتحاد الأفريقي (AU)", "7", "3", "منها اجتماعان في أديس أبابا وآخر في نيروبي خلال شهر آذار/مارس 2025"],
               ["جامعة الدول العربية", "5", "1", "اجتماع رفيع المستوى في القاهرة"],
               ["المجموع", "12", "4", "زيادة بنسبة 20 في المائة"]]),
        Block("paragraph", ["٣ - ولا تزال الموارد المتاحة لهذه الأنشطة محدودة، إذ لم يتجاوز التمويلُ"
                            " 40 في المائة من الاحتياجات المقدرة لعام 2025.",
                            Note("وفقا لبيانات مكتب تنسيق الشؤون الإنسانية (OCHA).")]),
        heading(2, "باء -", "البعثات المشتركة"),
        heading(3, "1 -", "بعثات تقييم الاحتياجات"),
        Block("paragraph", ["٤ - وأوفدت البعثات المشتركة الأربع إلى منطقة الساحل والقرن الأفريقي،"
                            " وقدمت تقاريرها إلى المجلس في غضون شهر من عودتها."]),
        heading(1, "ثالثا -", "التوصيات"),
        Block("paragraph", ["٥ - أوصي بأن يواصل المجلس دعم الشراكات الإقليمية، وأن يكفل تمويلا"
                            " مستداما يمكن التنبؤ به لعمليات السلام التي تقودها المنظمات الإقليمية."]),
    ])

# The same report as the UN sets its Chinese: parts "一、", sections "（一）", a numbered
# subheading "1.", paragraphs numbered "1." too (a heading has no final stop), a table.
CHINESE_REPORT = Document(
    name="zh-report", language="zho", symbol="S/2025/901",
    organ="安全理事会",
    distribution=["Distr.: General", "20 November 2025", "Chinese", "Original: Chinese"],
    blocks=[
        Block("title", ["秘书长关于联合国与区域组织合作的报告"], "title"),
        heading(1, "一、", "导言", space=""),
        Block("paragraph", ["1. 本报告根据安全理事会第2719（2023）号决议提交，安理会在该决议中请秘书长"
                            "就联合国与区域和次区域组织之间的合作提出报告；本报告所述期间为2025年1月1日"
                            "至9月30日。", Note("另见S/2024/500。")]),
        Block("paragraph", ["2. 在本报告所述期间，秘书处与非洲联盟（非盟）和阿拉伯国家联盟举行了12次会议，"
                            "并参加了4次联合人道主义需求评估访问团，详见下表。"]),
        heading(1, "二、", "会议和联合访问团", space=""),
        heading(2, "（一）", "与区域组织的会议", space=""),
        Table([["组织", "会议", "联合访问团", "备注"],
               ["非洲联盟（AU）", "7", "3", "其中两次会议在亚的斯亚贝巴举行，另一次于2025年3月在内罗毕举行"],
               ["阿拉伯国家联盟", "5", "1", "在开罗举行一次高级别会议"],
               ["共计", "12", "4", "增加20%"]]),
        Block("paragraph", ["3. 用于这些活动的资源仍然有限，供资仅达到2025年估计需求的40%。",
                            Note("根据人道主义事务协调厅（人道协调厅）的数据。")]),
        heading(2, "(二)", "联合访问团", space=""),
        heading(3, "1.", "需求评估访问团"),
        Block("paragraph", ["4. 四个联合访问团前往萨赫勒地区和非洲之角，并在返回后一个月内向安理会"
                            "提交了报告。"]),
        heading(1, "三、", "建议", space=""),
        Block("paragraph", ["5. 我建议安理会继续支持区域伙伴关系，并确保为区域组织领导的和平行动提供"
                            "可预测和可持续的资金。"]),
    ])

# Later parts of a long report (its parts XIX to XXII, as a report's second volume may
# open): the Arabic compound ordinals, with the article ("الحادي والعشرون") and without
# ("ثاني وعشرون"); the Chinese numerals past twenty ("二十一、"), and sections lettered in
# Latin capitals with a full-width stop, the letter plain ("A．") or full width ("Ｂ．").
ARABIC_LATER_PARTS = Document(
    name="ar-later-parts", language="ara", symbol="S/2025/950",
    organ="مجلس الأمن",
    distribution=["Distr.: General", "20 November 2025", "Arabic", "Original: Arabic"],
    blocks=[
        Block("title", ["تقرير الأمين العام عن الحالة في منطقة الساحل"], "title"),
        heading(1, "تاسع عشر -", "الحالة الإنسانية"),
        Block("paragraph", ["١ - يقدم هذا التقرير عملا بقرار مجلس الأمن 2719 (2023)، ويغطي الفترة"
                            " من 1 كانون الثاني/يناير إلى 30 أيلول/سبتمبر 2025."]),
        heading(1, "عشرون -", "حقوق الإنسان"),
        heading(2, "ألف -", "الحقوق المدنية"),
        Block("paragraph", ["٢ - وخلال الفترة المشمولة بالتقرير، وثقت البعثة 12 حالة احتجاز تعسفي، وأحالت"
                            " جميع هذه الحالات إلى السلطات الوطنية المختصة، وتابعت 9 منها حتى الإفراج عن"
                            " المحتجزين أو مثولهم أمام قاض."]),
        heading(1, "الحادي والعشرون -", "التنمية"),
        Block("paragraph", ["٣ - وتحسنت مؤشرات التنمية في 4 مقاطعات من أصل 6، ولا سيما في مجالي التعليم"
                            " والصحة، بفضل الدعم الذي قدمته الوكالات والصناديق والبرامج خلال الفترة"
                            " المشمولة بالتقرير."]),
        heading(1, "ثاني وعشرون -", "التوصيات"),
        Block("paragraph", ["٤ - أوصي بأن يواصل المجلس دعم الشراكات الإقليمية."]),
    ])

CHINESE_LATER_PARTS = Document(
    name="zh-later-parts", language="zho", symbol="S/2025/951",
    organ="安全理事会",
    distribution=["Distr.: General", "20 November 2025", "Chinese", "Original: Chinese"],
    blocks=[
        Block("title", ["秘书长关于大湖区局势的报告"], "title"),
        heading(1, "十九、", "人道主义局势", space=""),
        Block("paragraph", ["1. 本报告根据安全理事会第2719（2023）号决议提交，所述期间为2025年1月1日"
                            "至9月30日。"]),
        heading(1, "二十、", "人权", space=""),
        heading(2, "A．", "公民权利", space=""),
        Block("paragraph", ["2. 在本报告所述期间，特派团记录了12起任意拘留案件，已将所有案件转交国家主管当局，"
                            "并对其中9起案件进行了跟踪，直至被拘留者获释或被带见法官。"]),
        heading(2, "Ｂ．", "经济和社会权利", space=""),
        Block("paragraph", ["3. 6个省中有4个省的发展指标有所改善。"]),
        heading(1, "二十一、", "建议", space=""),
        Block("paragraph", ["4. 我建议安理会继续支持区域伙伴关系，并确保为区域组织领导的和平行动提供可预测和"
                            "可持续的资金，同时加强与各区域组织在预警和调解方面的合作。"]),
    ])

# Resolutions in parts, as the General Assembly adopts some: "أولا -" / "一、" (part I),
# then "ثانيا -" / "二、" holding "ألف -" / "A．" (its part A), operative paragraphs
# numbered on across the parts.
ARABIC_RESOLUTION_PARTS = Document(
    name="ar-resolution-parts", language="ara", symbol="A/RES/80/125",
    organ="الجمعية العامة",
    distribution=["Distr.: General", "15 December 2025"],
    blocks=[
        *ARABIC_RESOLUTION.blocks[:4],
        Block("title", ["80/125 - التعاون الدولي في مجال التنمية المستدامة"], "title"),
        ARABIC_RESOLUTION.blocks[5], ARABIC_RESOLUTION.blocks[6],
        heading(1, "أولا -", "التعاون الدولي"),
        ARABIC_RESOLUTION.blocks[10],
        Block("operative", ["2 - ", Italic("تشجع"), " الدول الأعضاء على تبادل أفضل الممارسات في مجال"
                            " التنمية المستدامة، بما في ذلك عن طريق التعاون فيما بين بلدان الجنوب"
                            " والتعاون الثلاثي، وفقا للأولويات الوطنية؛"]),
        heading(1, "ثانيا -", "المتابعة"),
        heading(2, "ألف -", "التقارير"),
        Block("operative", ["3 - ", Italic("تطلب"), " إلى الأمين العام أن يقدم إليها في دورتها"
                            " الحادية والثمانين تقريرا عن تنفيذ هذا القرار، وأن يدرج فيه المعلومات"
                            " التي تقدمها الدول الأعضاء والمنظمات الإقليمية؛"]),
        Block("operative", ["4 - ", Italic("تقرر"), " أن تُبقي المسألة قيد نظرها الفعلي."]),
        *ARABIC_RESOLUTION.blocks[-2:],
    ])

CHINESE_RESOLUTION_PARTS = Document(
    name="zh-resolution-parts", language="zho", symbol="A/RES/80/126",
    organ="大会",
    distribution=["Distr.: General", "15 December 2025"],
    blocks=[
        *CHINESE_RESOLUTION.blocks[:4],
        Block("title", ["80/126. 可持续发展领域的国际合作"], "title"),
        CHINESE_RESOLUTION.blocks[5], CHINESE_RESOLUTION.blocks[6],
        heading(1, "一、", "国际合作", space=""),
        CHINESE_RESOLUTION.blocks[9],
        Block("operative", ["２．", Italic("鼓励"), "会员国交流可持续发展领域的最佳做法，包括通过南南合作"
                            "和三角合作，并依照本国的优先事项开展此类交流；"]),
        heading(1, "二、", "后续行动", space=""),
        heading(2, "A．", "报告", space=""),
        Block("operative", ["３．", Italic("请"), "秘书长向大会第八十一届会议提交一份关于本决议执行情况"
                            "的报告，其中列入会员国和区域组织提供的资料；"]),
        Block("operative", ["４．", Italic("决定"), "继续积极审议这个问题。"]),
        *CHINESE_RESOLUTION.blocks[-2:],
    ])

DOCUMENTS = [ARABIC_RESOLUTION, CHINESE_RESOLUTION, ARABIC_REPORT, CHINESE_REPORT,
             ARABIC_LATER_PARTS, CHINESE_LATER_PARTS, ARABIC_RESOLUTION_PARTS, CHINESE_RESOLUTION_PARTS]


# A contents list whose entries are numbered as the parts are (read by
# structurer/analysis/contents.py from the same tables as the parts), with dot leaders
# and their pages; paragraphs of several lines, as a report's are.
def _entry(num: str, title: str, page: str) -> Block:
    return Block("contents", [num + title + " " + "." * 40 + " " + page], "hanging")


CHINESE_CONTENTS = Document(
    name="zh-contents", language="zho", symbol="S/2025/953",
    organ="安全理事会",
    distribution=["Distr.: General", "20 November 2025", "Chinese", "Original: Chinese"],
    blocks=[
        Block("title", ["秘书长关于大湖区局势的报告"], "title"),
        Block("contents", ["目录"], "heading"),
        Block("contents", ["页次"], "end"),
        _entry("十九、", "人道主义局势", "1"),
        _entry("二十、", "人权", "1"),
        _entry("A．", "公民权利", "1"),
        _entry("Ｂ．", "经济和社会权利", "2"),
        _entry("二十一、", "建议", "2"),
        heading(1, "十九、", "人道主义局势", space=""),
        Block("paragraph", ["1. 在本报告所述期间，秘书处与各区域和次区域组织密切合作，举行了多次协商会议，讨论预警、调解、建设和平和人道主义援助等方面的共同优先事项，并商定了进一步加强信息交流和联合分析的具体措施，以便更有效地应对该区域面临的安全、人道主义和发展挑战。"]),
        heading(1, "二十、", "人权", space=""),
        heading(2, "A．", "公民权利", space=""),
        Block("paragraph", ["2. 在本报告所述期间，秘书处与各区域和次区域组织密切合作，举行了多次协商会议，讨论预警、调解、建设和平和人道主义援助等方面的共同优先事项，并商定了进一步加强信息交流和联合分析的具体措施，以便更有效地应对该区域面临的安全、人道主义和发展挑战。"]),
        heading(2, "Ｂ．", "经济和社会权利", space=""),
        Block("paragraph", ["3. 在本报告所述期间，秘书处与各区域和次区域组织密切合作，举行了多次协商会议，讨论预警、调解、建设和平和人道主义援助等方面的共同优先事项，并商定了进一步加强信息交流和联合分析的具体措施，以便更有效地应对该区域面临的安全、人道主义和发展挑战。"]),
        heading(1, "二十一、", "建议", space=""),
        Block("paragraph", ["4. 在本报告所述期间，秘书处与各区域和次区域组织密切合作，举行了多次协商会议，讨论预警、调解、建设和平和人道主义援助等方面的共同优先事项，并商定了进一步加强信息交流和联合分析的具体措施，以便更有效地应对该区域面临的安全、人道主义和发展挑战。"]),
    ])

# The same in Arabic: the heading "المحتويات" set in the contents heading style, where
# LibreOffice sets its letters apart by less than a space (no word space inside it), and
# the page column's label "الصفحة".
_AR_PARA = ("يقدم هذا التقرير عملا بقرار مجلس الأمن 2719 (2023)، ويغطي الفترة من 1 كانون الثاني/يناير"
            " إلى 30 أيلول/سبتمبر 2025، ويصف التطورات الرئيسية في المنطقة خلال تلك الفترة.")
ARABIC_CONTENTS = Document(
    name="ar-contents", language="ara", symbol="S/2025/954",
    organ="مجلس الأمن",
    distribution=["Distr.: General", "20 November 2025", "Arabic", "Original: Arabic"],
    blocks=[
        Block("title", ["تقرير الأمين العام عن الحالة في منطقة البحيرات الكبرى"], "title"),
        Block("contents", ["المحتويات"], "heading"),
        # The page column's label, set at the line's end over the first entry: Amiri's
        # leading sets it no farther from that entry than the entry's own lines are apart.
        Block("contents", ["الصفحة"], "end"),
        _entry("تاسع عشر - ", "الحالة الإنسانية", "1"),
        _entry("عشرون - ", "حقوق الإنسان", "1"),
        _entry("ألف - ", "الحقوق المدنية", "1"),
        _entry("الحادي والعشرون - ", "التوصيات", "2"),
        heading(1, "تاسع عشر -", "الحالة الإنسانية"),
        Block("paragraph", ["١ - " + _AR_PARA]),
        heading(1, "عشرون -", "حقوق الإنسان"),
        heading(2, "ألف -", "الحقوق المدنية"),
        Block("paragraph", ["٢ - " + _AR_PARA]),
        heading(1, "الحادي والعشرون -", "التوصيات"),
        Block("paragraph", ["٣ - " + _AR_PARA]),
    ])

# Exported with the others, not compared element by element (tests/test_rtl_cjk.py).
CONTENTS_DOCUMENTS = [CHINESE_CONTENTS, ARABIC_CONTENTS]
