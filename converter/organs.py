"""Who issued a UN document, read from its symbol: one table from symbol prefix to the
actor's TLC id (the IRI's ``{actor}``, ``FRBRauthor``, ``TLCOrganization``) and its name.

The symbol is the one rule: the same symbol gives the same actor whether the document
comes as a PDF with its masthead or as text with ``--symbol``. Masthead words decide only
when there is no symbol (see :meth:`converter.structurer.writing.writer.Writer.actor`).

Ids follow AKN4UN's ``org-body-subbody`` (``un-ga-c3``). A body the table does not name
still gets an id built from its symbol segment by the generic rows at the end
(``A/AC.200/…`` -> ``un-ga-ac200``), shown by that segment ("A/AC.200")."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Organ:
    pattern: re.Pattern     # matched at the start of the symbol
    actor: str              # TLC id; "{n}" takes the pattern's group n
    names: dict             # ISO 639-2 -> name; may be empty (generic rows)
    shown: str = ""         # a generic row's name: its symbol prefix, "A/AC.{1}"


def _o(prefix: str, actor: str, shown: str = "", **names: str) -> Organ:
    return Organ(re.compile(prefix + r"(?=/|$)"), actor, names, shown)


_NUM = r"(\d+)"
# Most specific first: the first row whose prefix matches wins.
ORGANS: tuple[Organ, ...] = (
    # General Assembly: Main Committees, special committees, conferences.
    *(_o(rf"A/C\.{n}", f"un-ga-c{n}") for n in range(1, 7)),   # names: Language.committees
    _o(r"A/AC\.109", "un-ga-ac109",
       eng="Special Committee on the Situation with regard to the Implementation of the "
           "Declaration on the Granting of Independence to Colonial Countries and Peoples",
       fra="Comité spécial chargé d’étudier la situation en ce qui concerne l’application "
           "de la Déclaration sur l’octroi de l’indépendance aux pays et aux peuples coloniaux",
       spa="Comité Especial encargado de Examinar la Situación con respecto a la Aplicación "
           "de la Declaración sobre la Concesión de la Independencia a los Países y Pueblos "
           "Coloniales",
       rus="Специальный комитет по вопросу о ходе осуществления Декларации о "
           "предоставлении независимости колониальным странам и народам",
       ara="اللجنة الخاصة المعنية بحالة تنفيذ إعلان منح الاستقلال للبلدان والشعوب المستعمرة",
       zho="给予殖民地国家和人民独立宣言执行情况特别委员会"),
    _o(r"A/AC\.121", "un-ga-ac121",
       eng="Special Committee on Peacekeeping Operations",
       fra="Comité spécial des opérations de maintien de la paix",
       spa="Comité Especial de Operaciones de Mantenimiento de la Paz",
       rus="Специальный комитет по операциям по поддержанию мира",
       ara="اللجنة الخاصة المعنية بعمليات حفظ السلام", zho="维持和平行动特别委员会"),
    # Human Rights Council and its subsidiary bodies.
    _o(r"A/HRC/WG\.6", "un-hrc-wg6",
       eng="Working Group on the Universal Periodic Review",
       fra="Groupe de travail sur l’Examen périodique universel",
       spa="Grupo de Trabajo sobre el Examen Periódico Universal",
       rus="Рабочая группа по универсальному периодическому обзору",
       ara="الفريق العامل المعني بالاستعراض الدوري الشامل",
       zho="普遍定期审议工作组"),
    _o(r"A/HRC/EMRIP", "un-hrc-emrip",
       eng="Expert Mechanism on the Rights of Indigenous Peoples",
       fra="Mécanisme d’experts sur les droits des peuples autochtones",
       spa="Mecanismo de Expertos sobre los Derechos de los Pueblos Indígenas",
       rus="Экспертный механизм по правам коренных народов",
       ara="آلية الخبراء المعنية بحقوق الشعوب الأصلية",
       zho="土著人民权利专家机制"),
    _o(rf"A/HRC/WG\.{_NUM}", "un-hrc-wg{1}", "A/HRC/WG.{1}"),
    _o(r"A/HRC", "un-hrc"),                    # also A/HRC/RES, A/HRC/DEC
    _o(rf"A/AC\.{_NUM}", "un-ga-ac{1}", "A/AC.{1}"),
    _o(rf"A/CONF\.{_NUM}", "un-conf{1}", "A/CONF.{1}"),
    _o(r"A", "un-ga"),                         # also A/RES, A/ES-10 (emergency sessions), A/PV
    # Security Council: resolutions, presidential statements, reports, letters.
    _o(r"S/PRST", "un-sc"),
    _o(r"S", "un-sc"),
    # Economic and Social Council and its commissions and committees.
    _o(r"E/CN\.5", "un-ecosoc-cn5",
       eng="Commission for Social Development", fra="Commission du développement social",
       spa="Comisión de Desarrollo Social", rus="Комиссия социального развития",
       ara="لجنة التنمية الاجتماعية", zho="社会发展委员会"),
    _o(r"E/CN\.6", "un-ecosoc-cn6",
       eng="Commission on the Status of Women", fra="Commission de la condition de la femme",
       spa="Comisión de la Condición Jurídica y Social de la Mujer",
       rus="Комиссия по положению женщин", ara="لجنة وضع المرأة", zho="妇女地位委员会"),
    _o(r"E/C\.2", "un-ecosoc-c2",
       eng="Committee on Non-Governmental Organizations",
       fra="Comité chargé des organisations non gouvernementales",
       spa="Comité Encargado de las Organizaciones No Gubernamentales",
       rus="Комитет по неправительственным организациям",
       ara="اللجنة المعنية بالمنظمات غير الحكومية", zho="非政府组织委员会"),
    _o(r"E/AC\.51", "un-ecosoc-ac51",
       eng="Committee for Programme and Coordination",
       fra="Comité du programme et de la coordination",
       spa="Comité del Programa y de la Coordinación",
       rus="Комитет по программе и координации",
       ara="لجنة البرنامج والتنسيق", zho="方案和协调委员会"),
    _o(r"E/HLPF", "un-ecosoc-hlpf",
       eng="High-level political forum on sustainable development",
       fra="Forum politique de haut niveau pour le développement durable",
       spa="Foro político de alto nivel sobre el desarrollo sostenible",
       rus="Политический форум высокого уровня по устойчивому развитию",
       ara="المنتدى السياسي الرفيع المستوى المعني بالتنمية المستدامة",
       zho="可持续发展问题高级别政治论坛"),
    _o(r"E/ICEF", "unicef-eb",
       eng="Executive Board of the United Nations Children’s Fund",
       fra="Conseil d’administration du Fonds des Nations Unies pour l’enfance",
       spa="Junta Ejecutiva del Fondo de las Naciones Unidas para la Infancia",
       rus="Исполнительный совет Детского фонда Организации Объединенных Наций",
       ara="المجلس التنفيذي لمنظمة الأمم المتحدة للطفولة", zho="联合国儿童基金会执行局"),
    _o(rf"E/CN\.{_NUM}", "un-ecosoc-cn{1}", "E/CN.{1}"),
    _o(rf"E/C\.{_NUM}", "un-ecosoc-c{1}", "E/C.{1}"),
    _o(rf"E/AC\.{_NUM}", "un-ecosoc-ac{1}", "E/AC.{1}"),
    _o(r"E", "un-ecosoc"),
    # Executive boards of funds and programmes.
    _o(r"DP", "undp-eb",                        # also DP/FPA, DP/OPS
       eng="Executive Board of the United Nations Development Programme, the United "
           "Nations Population Fund and the United Nations Office for Project Services",
       fra="Conseil d’administration du Programme des Nations Unies pour le développement, "
           "du Fonds des Nations Unies pour la population et du Bureau des Nations Unies pour "
           "les services d’appui aux projets",
       spa="Junta Ejecutiva del Programa de las Naciones Unidas para el Desarrollo, el Fondo "
           "de Población de las Naciones Unidas y la Oficina de las Naciones Unidas de "
           "Servicios para Proyectos",
       rus="Исполнительный совет Программы развития Организации Объединенных Наций, Фонда "
           "Организации Объединенных Наций в области народонаселения и Управления "
           "Организации Объединенных Наций по обслуживанию проектов",
       ara="المجلس التنفيذي لبرنامج الأمم المتحدة الإنمائي وصندوق الأمم المتحدة للسكان "
           "ومكتب الأمم المتحدة لخدمات المشاريع",
       zho="联合国开发计划署/联合国人口基金/联合国项目事务署执行局"),
    _o(r"UNW", "unwomen-eb",
       eng="Executive Board of the United Nations Entity for Gender Equality and the "
           "Empowerment of Women",
       fra="Conseil d’administration de l’Entité des Nations Unies pour l’égalité des sexes "
           "et l’autonomisation des femmes",
       spa="Junta Ejecutiva de la Entidad de las Naciones Unidas para la Igualdad de Género "
           "y el Empoderamiento de las Mujeres",
       rus="Исполнительный совет Структуры Организации Объединенных Наций по вопросам "
           "гендерного равенства и расширения прав и возможностей женщин",
       ara="المجلس التنفيذي لهيئة الأمم المتحدة للمساواة بين الجنسين وتمكين المرأة",
       zho="联合国促进性别平等和增强妇女权能署执行局"),
    # Secretariat: information circulars, bulletins, administrative instructions.
    _o(r"ST", "un-secretariat",
       eng="United Nations Secretariat", fra="Secrétariat de l’Organisation des Nations Unies",
       spa="Secretaría de las Naciones Unidas",
       rus="Секретариат Организации Объединенных Наций",
       ara="الأمانة العامة للأمم المتحدة", zho="联合国秘书处"),
    # UNCTAD: Trade and Development Board and its commissions.
    _o(rf"TD/B/CN\.{_NUM}", "unctad-tdb-cn{1}", "TD/B/CN.{1}"),
    _o(r"TD/B", "unctad-tdb",
       eng="Trade and Development Board", fra="Conseil du commerce et du développement",
       spa="Junta de Comercio y Desarrollo",
       rus="Совет по торговле и развитию", ara="مجلس التجارة والتنمية", zho="贸易和发展理事会"),
    _o(r"TD", "unctad",
       eng="United Nations Conference on Trade and Development",
       fra="Conférence des Nations Unies sur le commerce et le développement",
       spa="Conferencia de las Naciones Unidas sobre Comercio y Desarrollo",
       rus="Конференция Организации Объединенных Наций по торговле и развитию",
       ara="مؤتمر الأمم المتحدة للتجارة والتنمية", zho="联合国贸易和发展会议"),
    # Human rights treaty bodies.
    _o(r"CEDAW", "un-cedaw",
       eng="Committee on the Elimination of Discrimination against Women",
       fra="Comité pour l’élimination de la discrimination à l’égard des femmes",
       spa="Comité para la Eliminación de la Discriminación contra la Mujer",
       rus="Комитет по ликвидации дискриминации в отношении женщин",
       ara="اللجنة المعنية بالقضاء على التمييز ضد المرأة", zho="消除对妇女歧视委员会"),
    _o(r"CERD", "un-cerd",
       eng="Committee on the Elimination of Racial Discrimination",
       fra="Comité pour l’élimination de la discrimination raciale",
       spa="Comité para la Eliminación de la Discriminación Racial",
       rus="Комитет по ликвидации расовой дискриминации",
       ara="لجنة القضاء على التمييز العنصري", zho="消除种族歧视委员会"),
    _o(r"CCPR", "un-ccpr", eng="Human Rights Committee", fra="Comité des droits de l’homme",
       spa="Comité de Derechos Humanos",
       rus="Комитет по правам человека", ara="اللجنة المعنية بحقوق الإنسان", zho="人权事务委员会"),
    _o(r"CRC", "un-crc", eng="Committee on the Rights of the Child",
       fra="Comité des droits de l’enfant", spa="Comité de los Derechos del Niño",
       rus="Комитет по правам ребенка", ara="لجنة حقوق الطفل", zho="儿童权利委员会"),
    _o(r"CAT", "un-cat", eng="Committee against Torture", fra="Comité contre la torture",
       spa="Comité contra la Tortura",
       rus="Комитет против пыток", ara="لجنة مناهضة التعذيب", zho="禁止酷刑委员会"),
    _o(r"CRPD", "un-crpd", eng="Committee on the Rights of Persons with Disabilities",
       fra="Comité des droits des personnes handicapées",
       spa="Comité sobre los Derechos de las Personas con Discapacidad",
       rus="Комитет по правам инвалидов", ara="اللجنة المعنية بحقوق الأشخاص ذوي الإعاقة",
       zho="残疾人权利委员会"),
    _o(r"CMW", "un-cmw", eng="Committee on Migrant Workers",
       fra="Comité des travailleurs migrants", spa="Comité de Trabajadores Migratorios",
       rus="Комитет по трудящимся-мигрантам", ara="اللجنة المعنية بالعمال المهاجرين",
       zho="移徙工人问题委员会"),
    _o(r"CED", "un-ced", eng="Committee on Enforced Disappearances",
       fra="Comité des disparitions forcées", spa="Comité contra la Desaparición Forzada",
       rus="Комитет по насильственным исчезновениям",
       ara="اللجنة المعنية بحالات الاختفاء القسري", zho="强迫失踪问题委员会"),
    _o(r"UNEP", "unep", eng="United Nations Environment Programme",
       fra="Programme des Nations Unies pour l’environnement",
       spa="Programa de las Naciones Unidas para el Medio Ambiente",
       rus="Программа Организации Объединенных Наций по окружающей среде",
       ara="برنامج الأمم المتحدة للبيئة", zho="联合国环境规划署"),
    # Regional commissions, programmes and conferences of States parties with series of
    # their own.
    _o(r"ECE", "un-ece", eng="Economic Commission for Europe",
       fra="Commission économique pour l’Europe", spa="Comisión Económica para Europa",
       rus="Европейская экономическая комиссия", ara="اللجنة الاقتصادية لأوروبا",
       zho="欧洲经济委员会"),
    _o(r"ESCAP", "un-escap", eng="Economic and Social Commission for Asia and the Pacific",
       fra="Commission économique et sociale pour l’Asie et le Pacifique",
       spa="Comisión Económica y Social para Asia y el Pacífico",
       rus="Экономическая и социальная комиссия для Азии и Тихого океана",
       ara="اللجنة الاقتصادية والاجتماعية لآسيا والمحيط الهادئ", zho="亚洲及太平洋经济社会委员会"),
    _o(r"LC", "un-eclac", eng="Economic Commission for Latin America and the Caribbean",
       fra="Commission économique pour l’Amérique latine et les Caraïbes",
       spa="Comisión Económica para América Latina y el Caribe",
       rus="Экономическая комиссия для Латинской Америки и Карибского бассейна",
       ara="اللجنة الاقتصادية لأمريكا اللاتينية ومنطقة البحر الكاريبي",
       zho="拉丁美洲和加勒比经济委员会"),
    _o(r"UNCTAD", "unctad", eng="United Nations Conference on Trade and Development",
       fra="Conférence des Nations Unies sur le commerce et le développement",
       spa="Conferencia de las Naciones Unidas sobre Comercio y Desarrollo",
       rus="Конференция Организации Объединенных Наций по торговле и развитию",
       ara="مؤتمر الأمم المتحدة للتجارة والتنمية", zho="联合国贸易和发展会议"),
    _o(r"HSP", "un-habitat", eng="United Nations Human Settlements Programme",
       fra="Programme des Nations Unies pour les établissements humains",
       spa="Programa de las Naciones Unidas para los Asentamientos Humanos",
       rus="Программа Организации Объединенных Наций по населенным пунктам",
       ara="برنامج الأمم المتحدة للمستوطنات البشرية", zho="联合国人类住区规划署"),
    _o(r"FCCC", "unfccc", eng="United Nations Framework Convention on Climate Change",
       fra="Convention-cadre des Nations Unies sur les changements climatiques",
       spa="Convención Marco de las Naciones Unidas sobre el Cambio Climático",
       rus="Рамочная конвенция Организации Объединенных Наций об изменении климата",
       ara="اتفاقية الأمم المتحدة الإطارية بشأن تغير المناخ", zho="联合国气候变化框架公约"),
    _o(r"SPLOS", "un-splos",
       eng="Meeting of States Parties to the United Nations Convention on the Law of the Sea",
       fra="Réunion des États parties à la Convention des Nations Unies sur le droit de la mer",
       spa="Reunión de los Estados Partes en la Convención de las Naciones Unidas sobre el "
           "Derecho del Mar",
       rus="Совещание государств — участников Конвенции Организации Объединенных Наций по "
           "морскому праву",
       ara="اجتماع الدول الأطراف في اتفاقية الأمم المتحدة لقانون البحار",
       zho="联合国海洋法公约缔约国会议"),
    _o(r"JIU", "un-jiu", eng="Joint Inspection Unit", fra="Corps commun d’inspection",
       spa="Dependencia Común de Inspección", rus="Объединенная инспекционная группа",
       ara="وحدة التفتيش المشتركة", zho="联合检查组"),
    _o(r"NPT", "npt", eng="Treaty on the Non-Proliferation of Nuclear Weapons",
       fra="Traité sur la non-prolifération des armes nucléaires",
       spa="Tratado sobre la No Proliferación de las Armas Nucleares",
       rus="Договор о нераспространении ядерного оружия",
       ara="معاهدة عدم انتشار الأسلحة النووية", zho="不扩散核武器条约"),
    _o(r"CCW", "ccw", eng="Convention on Certain Conventional Weapons",
       fra="Convention sur certaines armes classiques",
       spa="Convención sobre Ciertas Armas Convencionales",
       rus="Конвенция о конкретных видах обычного оружия",
       ara="اتفاقية الأسلحة التقليدية المعينة", zho="特定常规武器公约"),
    _o(r"BWC", "bwc", eng="Biological Weapons Convention",
       fra="Convention sur les armes biologiques", spa="Convención sobre las Armas Biológicas",
       rus="Конвенция о биологическом оружии", ara="اتفاقية الأسلحة البيولوجية",
       zho="生物武器公约"),
    _o(r"APLC", "aplc", eng="Anti-Personnel Mine Ban Convention",
       fra="Convention sur l’interdiction des mines antipersonnel",
       spa="Convención sobre la Prohibición de las Minas Antipersonal",
       rus="Конвенция о запрещении противопехотных мин",
       ara="اتفاقية حظر الألغام المضادة للأفراد", zho="禁止杀伤人员地雷公约"),
    _o(r"ATT", "att", eng="Arms Trade Treaty", fra="Traité sur le commerce des armes",
       spa="Tratado sobre el Comercio de Armas", rus="Договор о торговле оружием",
       ara="معاهدة تجارة الأسلحة", zho="武器贸易条约"),
    _o(r"ICCD", "unccd", eng="United Nations Convention to Combat Desertification",
       fra="Convention des Nations Unies sur la lutte contre la désertification",
       spa="Convención de las Naciones Unidas de Lucha contra la Desertificación",
       rus="Конвенция Организации Объединенных Наций по борьбе с опустыниванием",
       ara="اتفاقية الأمم المتحدة لمكافحة التصحر", zho="联合国防治荒漠化公约"),
)

def _key(name: str) -> str:
    """A name compared as printed: case, apostrophes and spacing aside."""
    return " ".join(name.replace("'", "’").casefold().split())


def organ_named(name: str, language: str) -> str | None:
    """The actor id of the organ whose name, in ``language`` (ISO 639-2) or else in
    English, is ``name`` as printed ("Expert Mechanism on the Rights of Indigenous
    Peoples" -> "un-hrc-emrip"); None for a name the table does not hold. The principal
    organs' names are the language tables' (:meth:`converter.languages.Language.organ_named`)."""
    return _named_in(language).get(_key(name))


@lru_cache(maxsize=None)
def _named_in(language: str) -> dict[str, str]:
    """Each name's key (``_key``) -> the actor of the first row of the table that prints
    it in ``language`` or in English, as organ_named reads the rows (built once per
    language: the table was read again for every name asked)."""
    found: dict[str, str] = {}
    for organ in ORGANS:
        for code in (language, "eng"):
            printed = organ.names.get(code)
            if printed:
                found.setdefault(_key(printed), organ.actor)
    return found


def principal_organ(symbol: str | None) -> str:
    """The principal organ a symbol's series names (A/…: the General Assembly), for the
    masthead's organ line when the masthead names none; "un" for other series."""
    series = (symbol or "").split("/")[0]
    return {"A": "un-ga", "S": "un-sc", "E": "un-ecosoc"}.get(series, "un")


def actor_of(symbol: str | None) -> str | None:
    """The actor's TLC id for a symbol ("A/C.3/77/L.6" -> "un-ga-c3"); None when no
    row matches (a symbol series the table does not know)."""
    symbol = (symbol or "").strip()
    for organ in ORGANS:
        match = organ.pattern.match(symbol)
        if match:
            return organ.actor.format(None, *match.groups())
    return None


def organ_name(actor: str, language: str) -> str | None:
    """The table's name of ``actor`` in ``language`` (ISO 639-2), else in English; a
    body the table does not name is shown by its symbol prefix ("A/AC.200"); None for
    an id the table never gives."""
    for organ in ORGANS:
        if organ.actor == actor and organ.names:
            return organ.names.get(language) or organ.names.get("eng")
        if organ.shown:
            generic = re.fullmatch(re.escape(organ.actor).replace(r"\{1\}", r"(\d+)"), actor)
            if generic:
                return organ.shown.format(None, generic.group(1))
    return None
