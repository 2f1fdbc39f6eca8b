"""Treaty bodies' decisions on individual communications, written as the UN prints them
(tests/office.py exports them with LibreOffice): Views of the Human Rights Committee in
English, an inadmissibility decision in French.

The layout is the published one (Views of 2020–2025): the masthead with the treaty's name
under "United Nations", the Committee's name, the kind line "Views adopted by the
Committee under article 5 (4) of the Optional Protocol, concerning communication No. …"
with its two starred notes, the field block (a table without rules: "Communication
submitted by:", "Alleged victim:", "State party:" …), then paragraphs numbered 1.1, 1.2,
2.1 … under the printed headings, the Committee's finding, and an annexed individual
opinion. The case is fictitious (Ruritania is the textbook's State); so are all names.
tests/test_judgment.py reads the expected figures from these blocks.
"""
from office import Block, Document, Italic, Note, Table

ADOPTED_NOTE = "Adopted by the Committee at its 143rd session (3–28 March 2025)."
MEMBERS_NOTE = ("The following members of the Committee participated in the examination of "
                "the communication: Amara Diallo, Lina Varga, Keiko Hanamura, Tomás Iriarte, "
                "Oskar Lindqvist, Nadia Rahmani and Pavel Sorokin.")

FIELDS_EN = [
    ("Communication submitted by:", "Dorian Velkov (represented by counsel, Ana Mirescu)"),
    ("Alleged victim:", "The author"),
    ("State party:", "Ruritania"),
    ("Date of communication:", "2 February 2021 (initial submission)"),
    ("Document references:", "Decision taken pursuant to rule 92 of the Committee’s rules of "
                             "procedure, transmitted to the State party on 9 June 2021 (not "
                             "issued in document form)"),
    ("Date of adoption of Views:", "19 March 2025"),
    ("Subject matter:", "Fine imposed for distributing leaflets about a municipal referendum"),
    ("Procedural issues:", "Exhaustion of domestic remedies; substantiation of claims"),
    ("Substantive issues:", "Freedom of expression; right to take part in the conduct of "
                            "public affairs"),
    ("Articles of the Covenant:", "2 (3), 19 (2) and 25 (a)"),
    ("Articles of the Optional Protocol:", "2 and 5 (2) (b)"),
]


def _p(num: str, text: str, *more) -> Block:
    """A numbered paragraph: "2.1" and its text, set with a hanging number."""
    return Block("paragraph", [f"{num}\t{text}", *more], "hanging")


VIEWS_EN = Document(
    name="views-en", language="eng", symbol="CCPR/C/143/D/3921/2021",
    organ="International Covenant on Civil and Political Rights",
    distribution=["Distr.: General", "14 May 2025", "Original: English"],
    blocks=[
        Block("committee", ["Human Rights Committee"], "title"),
        Block("kind", ["Views adopted by the Committee under article 5 (4) of the Optional "
                       "Protocol, concerning communication No. 3921/2021",
                       Note(ADOPTED_NOTE, "*"), ",", Note(MEMBERS_NOTE, "**")], "kind"),
        Table([list(row) for row in FIELDS_EN], role="fields", ruled=False),
        _p("1.1", "The author of the communication is Dorian Velkov, a national of Ruritania "
                  "born in 1979. He claims that the State party has violated his rights under "
                  "articles 19 (2) and 25 (a), read alone and in conjunction with article 2 (3), "
                  "of the Covenant. The Optional Protocol entered into force for the State party "
                  "on 12 April 1996. The author is represented by counsel."),
        _p("1.2", "On 9 June 2021, the Committee, acting through its Special Rapporteur on new "
                  "communications and interim measures, decided to examine the admissibility of "
                  "the communication together with its merits."),
        Block("heading", ["The facts as submitted by the author"], "heading"),
        _p("2.1", "The author is a schoolteacher in the town of Strelsau. In April 2019, the town "
                  "council called a municipal referendum on the closure of the town’s two public "
                  "libraries. The author and three colleagues printed 400 leaflets urging "
                  "residents to vote against the closure."),
        _p("2.2", "On 4 May 2019, while the author was handing out leaflets outside the railway "
                  "station, two police officers stopped him and drew up a report stating that "
                  "the leaflets had not been registered with the municipal election office, as "
                  "required by section 31 of the Local Referendums Act.",
           Note("The Act requires any printed material on a referendum question to be "
                "registered five days before it is distributed.")),
        _p("2.3", "On 20 June 2019, the Strelsau District Court found the author guilty of an "
                  "administrative offence and fined him the equivalent of 180 euros. His appeal "
                  "was dismissed by the Regional Court on 15 November 2019, and a request for "
                  "supervisory review was refused by the Supreme Court on 8 October 2020."),
        Block("heading", ["The complaint"], "heading"),
        _p("3.1", "The author claims that the fine was an unnecessary and disproportionate "
                  "restriction of his right to impart information, in violation of article 19 "
                  "(2) of the Covenant."),
        _p("3.2", "He also claims that the registration requirement prevents residents from "
                  "taking part in the conduct of public affairs, in violation of article 25 (a)."),
        Block("heading", ["State party’s observations on admissibility and the merits"], "heading"),
        _p("4.1", "In its observations of 14 December 2021, the State party submits that the "
                  "communication is inadmissible because the author did not lodge a "
                  "constitutional complaint."),
        _p("4.2", "The State party further submits that the registration requirement pursues the "
                  "legitimate aim of ensuring the transparency of referendum campaigns and that "
                  "the fine was at the lower end of the scale."),
        Block("heading", ["Author’s comments on the State party’s observations"], "heading"),
        _p("5.1", "On 3 March 2022, the author replied that a constitutional complaint is not an "
                  "effective remedy, since the Constitutional Court may decline to examine it at "
                  "its discretion."),
        Block("heading", ["Issues and proceedings before the Committee"], "heading"),
        Block("subheading", [Italic("Consideration of admissibility")], "hanging"),
        _p("6.1", "Before considering any claim contained in a communication, the Committee must "
                  "decide, in accordance with rule 97 of its rules of procedure, whether the "
                  "communication is admissible under the Optional Protocol."),
        _p("6.2", "The Committee notes the State party’s argument that the author did not lodge a "
                  "constitutional complaint. It recalls that a remedy whose examination depends on "
                  "the discretion of a court is not one that must be exhausted."),
        _p("6.3", "The Committee considers that the author has not sufficiently substantiated his "
                  "claim under article 25 (a). It declares the communication admissible in so far "
                  "as it raises issues under article 19 (2) of the Covenant."),
        Block("subheading", [Italic("Consideration of the merits")], "hanging"),
        _p("7.1", "The Committee has considered the communication in the light of all the "
                  "information submitted to it by the parties."),
        _p("7.2", "The Committee recalls that freedom of expression is essential in a free "
                  "society, and that any restriction must be provided by law and necessary for "
                  "a legitimate purpose.",
           Note("General comment No. 34 (2011), para. 22.")),
        _p("7.3", "The State party has not explained why the registration of a leaflet five days "
                  "before its distribution was necessary for the transparency of the campaign. "
                  "The Committee concludes that the fine imposed on the author violated his rights "
                  "under article 19 (2) of the Covenant."),
        _p("8.", "The Committee, acting under article 5 (4) of the Optional Protocol, is of the "
                 "view that the facts before it disclose a violation by the State party of "
                 "article 19 (2) of the Covenant."),
        _p("9.", "Pursuant to article 2 (3) (a) of the Covenant, the State party is under an "
                 "obligation to provide the author with an effective remedy, including "
                 "reimbursement of the fine and of the legal costs incurred."),
        _p("10.", "The Committee wishes to receive from the State party, within 180 days, "
                  "information about the measures taken to give effect to the present Views."),
        Block("annex", ["Annex"], "title"),
        Block("annexTitle", ["Individual opinion of Committee member Keiko Hanamura "
                             "(partially dissenting)"], "heading"),
        _p("1.", "I agree with the finding of a violation of article 19 (2) of the Covenant."),
        _p("2.", "I would, however, have found the claim under article 25 (a) admissible, since "
                 "the author described in detail how the registration requirement kept "
                 "residents from campaigning."),
    ])

# The same Views with no kind line: only the symbol (…/C/…/D/…) says what it is.
NO_KIND_LINE = Document(
    name="views-no-kind-line", language="eng", symbol=VIEWS_EN.symbol, organ=VIEWS_EN.organ,
    distribution=VIEWS_EN.distribution,
    blocks=[b for b in VIEWS_EN.blocks if b.role != "kind"])

# The layout of the years before 2016: "Communication No. …", "Views adopted by the Committee
# at its … session", the fields, then the Views in an annex, after its heading, the fields
# again and a preamble; individual opinions in an appendix.
_BODY_EN = VIEWS_EN.blocks[VIEWS_EN.blocks.index(
    next(b for b in VIEWS_EN.blocks if isinstance(b, Block) and b.text.startswith("1.1"))):]
OLD_LAYOUT = Document(
    name="views-old-layout", language="eng", symbol="CCPR/C/113/D/2210/2012",
    organ=VIEWS_EN.organ, distribution=["Distr.: General", "8 May 2015", "Original: English"],
    blocks=[
        Block("committee", ["Human Rights Committee"], "title"),
        Block("weak", ["Communication No. 2210/2012"], "kind"),
        Block("kind", ["Views adopted by the Committee at its 113th session (16 March–2 April 2015)"],
              "kind"),
        Table([["Submitted by:", FIELDS_EN[0][1]], *[list(r) for r in FIELDS_EN[1:]]],
              role="fields", ruled=False),
        Block("annex", ["Annex"], "title", new_page=True),
        Block("annexHeading", ["Views of the Human Rights Committee under article 5 (4) of the "
                               "Optional Protocol to the International Covenant on Civil and "
                               "Political Rights (113th session)"], "heading"),
        Block("masthead", ["concerning"], "hanging"),
        Block("annexHeading", ["Communication No. 2210/2012", Note(MEMBERS_NOTE, "*")], "heading"),
        Table([["Submitted by:", FIELDS_EN[0][1]], *[list(r) for r in FIELDS_EN[1:4]]],
              role="fields", ruled=False),
        Block("preamble", ["The Human Rights Committee, established under article 28 of the "
                           "International Covenant on Civil and Political Rights,"], "body"),
        Block("preamble", ["Meeting on 19 March 2015,"], "body"),
        Block("preamble", ["Having concluded its consideration of communication No. 2210/2012, "
                           "submitted to the Human Rights Committee by Dorian Velkov under the "
                           "Optional Protocol to the International Covenant on Civil and "
                           "Political Rights,"], "body"),
        Block("preamble", ["Adopts the following:"], "body"),
        Block("annexHeading", ["Views under article 5 (4) of the Optional Protocol"], "heading"),
        *[Block("annex", ["Appendix"], "title") if b.role == "annex" else b for b in _BODY_EN],
    ])

ADOPTED_NOTE_FR = "Adoptée par le Comité à sa 143e session (3-28 mars 2025)."
MEMBERS_NOTE_FR = ("Les membres du Comité dont le nom suit ont participé à l’examen de la "
                   "communication : Amara Diallo, Lina Varga, Keiko Hanamura, Tomás Iriarte, "
                   "Oskar Lindqvist et Nadia Rahmani.")

FIELDS_FR = [
    ("Communication présentée par\u00a0:", "Elena Dragomir (représentée par un conseil, Paul Girard)"),
    ("Victime(s) présumée(s)\u00a0:", "L’auteure"),
    ("État partie\u00a0:", "Ruritanie"),
    ("Date de la communication\u00a0:", "11 janvier 2022 (date de la lettre initiale)"),
    ("Références\u00a0:", "Décision prise en application de l’article 92 du règlement intérieur du "
                        "Comité, communiquée à l’État partie le 4 avril 2022 (non publiée sous forme "
                        "de document)"),
    ("Date de la présente décision\u00a0:", "17 mars 2025"),
    ("Objet\u00a0:", "Refus de renouveler le permis de séjour de l’auteure"),
    ("Question(s) de procédure\u00a0:", "Épuisement des recours internes"),
    ("Question(s) de fond\u00a0:", "Droit au respect de la vie familiale"),
    ("Article(s) du Pacte\u00a0:", "17 et 23"),
    ("Article(s) du Protocole facultatif\u00a0:", "5 (par. 2 b))"),
]

DECISION_FR = Document(
    name="decision-fr", language="fra", symbol="CCPR/C/143/D/4102/2022",
    organ="Pacte international relatif aux droits civils et politiques",
    distribution=["Distr. générale", "2 mai 2025", "Français", "Original : anglais"],
    blocks=[
        Block("committee", ["Comité des droits de l’homme"], "title"),
        Block("kind", ["Décision adoptée par le Comité en vertu du Protocole facultatif, "
                       "concernant la communication no 4102/2022",
                       Note(ADOPTED_NOTE_FR, "*"), ",", Note(MEMBERS_NOTE_FR, "**")], "kind"),
        Table([list(row) for row in FIELDS_FR], role="fields", ruled=False),
        _p("1.1", "L’auteure de la communication est Elena Dragomir, de nationalité ruritanienne, née en "
                  "1986. Elle affirme que l’État partie a violé les droits qu’elle tient des articles "
                  "17 et 23 du Pacte. Le Protocole facultatif est entré en vigueur pour l’État partie "
                  "le 12 avril 1996. L’auteure est représentée par un conseil."),
        _p("1.2", "Le 4 avril 2022, le Comité, agissant par l’intermédiaire de son Rapporteur spécial "
                  "chargé des nouvelles communications et des mesures provisoires, a décidé "
                  "d’examiner la recevabilité de la communication séparément du fond."),
        Block("heading", ["Rappel des faits présentés par l’auteure"], "heading"),
        _p("2.1", "L’auteure réside à Strelsau depuis 2015 avec son époux et leurs deux enfants. En "
                  "juin 2021, l’office des migrations a refusé de renouveler son permis de séjour, "
                  "au motif que ses revenus étaient insuffisants.",
           Note("Décision no 2021/4471 de l’office des migrations, 14 juin 2021.")),
        _p("2.2", "Le recours de l’auteure a été rejeté par le tribunal administratif le 2 décembre "
                  "2021. L’auteure n’a pas saisi la cour administrative suprême."),
        Block("heading", ["Teneur de la plainte"], "heading"),
        _p("3.", "L’auteure affirme que son renvoi la séparerait de ses enfants, en violation des "
                 "articles 17 et 23 du Pacte."),
        Block("heading", ["Observations de l’État partie sur la recevabilité"], "heading"),
        _p("4.1", "Dans ses observations du 5 octobre 2022, l’État partie fait valoir que l’auteure "
                  "n’a pas épuisé les recours internes, puisqu’elle n’a pas formé de pourvoi devant "
                  "la cour administrative suprême."),
        # At the top of a page, at the margin, opening with a capital that is no ASCII one.
        Block("paragraph", ["4.2\tÀ son avis, un tel pourvoi a un effet suspensif."], "hanging",
              new_page=True),
        Block("heading", ["Délibérations du Comité"], "heading"),
        Block("subheading", [Italic("Examen de la recevabilité")], "hanging"),
        _p("5.1", "Avant d’examiner tout grief formulé dans une communication, le Comité doit, "
                  "conformément à l’article 97 de son règlement intérieur, déterminer si la "
                  "communication est recevable au regard du Protocole facultatif."),
        _p("5.2", "Le Comité prend note de l’argument de l’État partie selon lequel l’auteure n’a pas "
                  "formé de pourvoi, qui aurait eu un effet suspensif. L’auteure n’a pas expliqué "
                  "pourquoi ce recours ne serait pas utile.",
           Note("Voir, par exemple, la communication no 3318/2019, décision adoptée le 8 juillet "
                "2022, par. 6.3.")),
        _p("6.", "En conséquence, le Comité décide\u00a0:"),
        Block("point", ["a)\tQue la communication est irrecevable en vertu de l’article 5 (par. 2 b)) "
                        "du Protocole facultatif\u00a0;"], "point"),
        Block("point", ["b)\tQue la présente décision sera communiquée à l’État partie et à "
                        "l’auteure."], "point"),
    ])

DOCUMENTS = [VIEWS_EN, NO_KIND_LINE, DECISION_FR, OLD_LAYOUT]
