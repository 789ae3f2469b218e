"""Negative templates, part B: foundation, communications and media relations.
Donors, board members, physicians, journalists and diseases are named; no patient is identifiable."""
import datetime

from gen_attach import CT_DOCX, CT_PDF, CT_XLSX, make_csv, make_docx, make_ics, make_pdf, make_xlsx
from gen_common import ORG, addr_of, d_long, gen_bn, svc_addr
from gen_mime import Att, html_table, text_table
from gen_text import (DISEASE_TOPICS, SPECIALTIES, L, R, bye, earlier, ext_dom, hello, mk, quote_block, role,
                      signature, svc, who)

COMPANIES = ["Béton Laurentien inc.", "Caisse Desjardins de la Vallée", "Pharmacie Lemieux et associés",
             "Groupe Immobilier Rivière-Nord", "Lakeshore Auto Group", "Boulangerie St-Pierre", "Cabinet comptable Boivin CPA",
             "Érablière du Rang 4", "Transport Côté & fils", "Northwind Engineering"]


# ----------------------------------------------------------------------------------------------------------------
def foundation_gala(c, lang):
    fdir = c.staff(lang, "F")
    chair, co = c.new_person(lang), c.new_person(lang)
    sent = c.sent_at()
    topic = c.pick(DISEASE_TOPICS[:7] + DISEASE_TOPICS[8:10] + DISEASE_TOPICS[15:])
    when = sent.date() + datetime.timedelta(days=c.randint(30, 90))
    goal = c.randint(3, 12) * 100
    body = L(lang, f"""{hello(c, lang)}

La Fondation de l'Hôpital de Saint-Aurèle vous invite à son {c.randint(18, 34)}e Gala des Érables, le {d_long(when, 'fr')} au Club de golf de Lac-Brûlé.

Cette année, les profits serviront à l'achat d'équipements pour la clinique de {topic[0]}. Présidence d'honneur : {chair.full()}, {c.pick(COMPANIES)}, et {co.full()}.

Objectif : {goal} 000 $. Billet : 350 $ (reçu fiscal de 200 $). Table de 10 : 3 200 $.

Réservations avant le {d_long(when - datetime.timedelta(days=21), 'fr')} : fondation@{ORG['found_dom']} ou 450 555-0140.

{signature(c, fdir, 'fond', 'fond', lang)}""", f"""{hello(c, lang)}

The Saint-Aurèle Hospital Foundation invites you to its {c.randint(18, 34)}th Maple Gala on {d_long(when, 'en')} at the Lac-Brûlé Golf Club.

This year, proceeds will purchase equipment for the {topic[1]} clinic. Honorary chairs: {chair.full()}, {c.pick(COMPANIES)}, and {co.full()}.

Goal: ${goal},000. Ticket: $350 ($200 tax receipt). Table of 10: $3,200.

Reserve before {d_long(when - datetime.timedelta(days=21), 'en')}: fondation@{ORG['found_dom']} or 450 555-0140.

{signature(c, fdir, 'fond', 'fond', lang)}""")
    subj = L(lang, "Invitation — Gala des Érables", "Invitation — Maple Gala")
    spec = mk((svc_name_f(lang), f"fondation@{ORG['found_dom']}"), [(L(lang, "Partenaires", "Partners"), f"partenaires@{ORG['found_dom']}")],
              subj, body, sent)
    return R("foundation_gala", lang, spec, [], "foundation gala invitation naming honorary chairs and a disease cause")


def svc_name_f(lang):
    return L(lang, "Fondation de l'Hôpital de Saint-Aurèle", "Saint-Aurèle Hospital Foundation")


# ----------------------------------------------------------------------------------------------------------------
def donor_thanks(c, lang):
    fdir = c.staff(lang, "F")
    donor = c.new_person(lang)
    sent = c.sent_at()
    amt = c.pick(["5 000", "10 000", "25 000", "2 500", "50 000"])
    bn = gen_bn(c)
    rec = f"R{sent.year}-{c.randint(10000, 99999)}"
    fund = c.pick([("Fonds de soutien aux soins palliatifs", "Palliative Care Support Fund"),
                   ("Campagne Cœur en santé", "Healthy Heart Campaign"), ("Fonds d'équipement en oncologie", "Oncology Equipment Fund")])
    body = L(lang, f"""{hello(c, lang, donor)}

Au nom du conseil d'administration de la Fondation, je tiens à vous remercier chaleureusement pour votre don de {amt} $ au {fund[0]}. Votre générosité permettra d'améliorer directement les soins offerts dans notre région.

Votre reçu officiel aux fins de l'impôt (n° {rec}) est joint à ce courriel. Numéro d'enregistrement de la Fondation : {bn} RR0001.

Avec notre profonde reconnaissance,

{signature(c, fdir, 'fond', 'fond', lang)}""", f"""{hello(c, lang, donor)}

On behalf of the Foundation's Board, I would like to thank you warmly for your gift of ${amt.replace(' ', ',')} to the {fund[1]}. Your generosity will directly improve care in our region.

Your official tax receipt (no. {rec}) is attached. Foundation charitable registration number: {bn} RR0001.

With our deepest gratitude,

{signature(c, fdir, 'fond', 'fond', lang)}""")
    pdf = make_pdf(c, L(lang, "Reçu officiel aux fins de l'impôt", "Official receipt for income tax purposes"),
                   [f"No : {rec}", f"{L(lang, 'Donateur', 'Donor')} : {donor.full()}", f"{donor.city} (QC)",
                    f"{L(lang, 'Montant', 'Amount')} : {amt} $", f"{L(lang, 'Date du don', 'Date of gift')} : {sent.date().isoformat()}",
                    f"{L(lang, 'No d’enregistrement', 'Registration no.')} : {bn} RR0001", "www.canada.ca/organismes-bienfaisance"])
    subj = L(lang, "Merci pour votre don", "Thank you for your gift")
    spec = mk((fdir.full(), addr_of(fdir, ORG["found_dom"])), [(donor.full(), addr_of(donor, ext_dom("videotron")))], subj, body,
              sent, atts=[Att(f"recu_{rec}.pdf" if lang == "fr" else f"receipt_{rec}.pdf", CT_PDF, pdf)])
    return R("donor_thanks", lang, spec, [], "donor thank-you with tax receipt and charity number")


# ----------------------------------------------------------------------------------------------------------------
def foundation_board(c, lang):
    sec = c.staff(lang, "F")
    members = [c.new_person(lang) for _ in range(c.randint(6, 9))]
    sent = c.sent_at()
    when = sent.date() + datetime.timedelta(days=c.randint(7, 21))
    titles_fr = ["présidente", "vice-président", "trésorière", "secrétaire", "administrateur", "administratrice"]
    titles_en = ["Chair", "Vice-Chair", "Treasurer", "Secretary", "Director", "Director"]
    lines = [f"- {m.full()}, {c.pick(titles_fr if lang == 'fr' else titles_en)} ({c.pick(COMPANIES)})" for m in members]
    body = L(lang, f"""{hello(c, lang)}

La prochaine réunion du conseil d'administration de la Fondation aura lieu le {d_long(when, 'fr')} à 17 h 30.

Membres convoqués :
{chr(10).join(lines)}

Ordre du jour : adoption des états financiers, bilan de la campagne majeure (cardiologie et imagerie), nomination au comité d'audit, varia.

{signature(c, sec, 'fond', 'fond', lang)}""", f"""{hello(c, lang)}

The next meeting of the Foundation's Board of Directors will be held on {d_long(when, 'en')} at 5:30 p.m.

Members convened:
{chr(10).join(lines)}

Agenda: approval of financial statements, major campaign update (cardiology and imaging), audit committee appointment, other business.

{signature(c, sec, 'fond', 'fond', lang)}""")
    subj = L(lang, "Convocation — CA de la Fondation", "Notice of meeting — Foundation Board")
    spec = mk((sec.full(), addr_of(sec, ORG["found_dom"])), [(m.full(), addr_of(m, ext_dom("videotron"))) for m in members[:3]],
              subj, body, sent)
    return R("foundation_board", lang, spec, [], "foundation board meeting notice with member names and companies")


# ----------------------------------------------------------------------------------------------------------------
def named_fund(c, lang):
    fdir = c.staff(lang, "F")
    fam = c.new_person(lang)
    md = c.staff(lang)
    sent = c.sent_at()
    topic = c.pick([("la maladie de Parkinson", "Parkinson's disease", SPECIALTIES[5]), ("la sclérose latérale amyotrophique", "ALS", SPECIALTIES[5]),
                    ("le cancer du pancréas", "pancreatic cancer", SPECIALTIES[1]), ("l'insuffisance cardiaque", "heart failure", SPECIALTIES[0]),
                    ("la santé mentale des jeunes", "youth mental health", SPECIALTIES[2])])
    amt = c.pick(["250 000", "500 000", "1 000 000"])
    body = L(lang, f"""{hello(c, lang)}

C'est avec grande fierté que la Fondation annonce la création du Fonds Famille {fam.surname} pour la recherche sur {topic[0]}, grâce à un engagement de {amt} $ sur cinq ans.

Le fonds soutiendra les travaux {'de la Dre' if md.sex == 'F' else 'du Dr'} {md.full()}, {topic[2][0]}, et de son équipe. Une conférence de presse aura lieu jeudi à 10 h dans le hall principal, en présence de {fam.full()} et de sa famille.

{signature(c, fdir, 'fond', 'fond', lang)}""", f"""{hello(c, lang)}

The Foundation is proud to announce the creation of the {fam.surname} Family Fund for {topic[1]} research, made possible by a ${amt.replace(' ', ',')} five-year commitment.

The fund will support the work of Dr. {md.full()}, {topic[2][1]}, and team. A press conference will be held Thursday at 10 a.m. in the main lobby, with {fam.full()} and family in attendance.

{signature(c, fdir, 'fond', 'fond', lang)}""")
    subj = L(lang, f"Annonce — Fonds Famille {fam.surname}", f"Announcement — {fam.surname} Family Fund")
    spec = mk((fdir.full(), addr_of(fdir, ORG["found_dom"])), [(L(lang, "Tout le personnel", "All staff"), f"tous@{ORG['dom']}")],
              subj, body, sent)
    return R("named_fund", lang, spec, [], "named research fund announcement: donor family, physician, disease")


# ----------------------------------------------------------------------------------------------------------------
def donations_csv(c, lang):
    fcpt, fdir = c.staff(lang), c.staff(lang, "F")
    sent = c.sent_at()
    hdr = (["Reçu", "Donateur", "Ville", "Montant", "Campagne", "Date"] if lang == "fr"
           else ["Receipt", "Donor", "City", "Amount", "Campaign", "Date"])
    rows = [hdr]
    for _ in range(c.randint(8, 14)):
        d = c.new_person(lang)
        rows.append([f"R{sent.year}-{c.randint(10000, 99999)}", d.full() if c.chance(0.8) else c.pick(COMPANIES), d.city,
                     c.pick(["50", "100", "250", "500", "1000", "5000"]),
                     c.pick([L(lang, "Radiothon cancer", "Cancer radiothon"), L(lang, "Cœur en santé", "Healthy Heart"),
                             L(lang, "In memoriam", "In memoriam"), L(lang, "Loterie", "Lottery")]),
                     (sent.date() - datetime.timedelta(days=c.randint(1, 30))).isoformat()])
    csv = make_csv(rows, ";" if lang == "fr" else ",", c.pick(["\r\n", "\n"]))
    body = L(lang, f"""{hello(c, lang, fdir)}

Ci-joint l'extraction des dons du mois pour la préparation des reçus fiscaux. Les dons de moins de 20 $ ne sont pas inclus.

{fcpt.given}""", f"""{hello(c, lang, fdir)}

Attached is this month's donation extract for tax receipts. Gifts under $20 are not included.

{fcpt.given}""")
    subj = L(lang, "Extraction des dons — reçus fiscaux", "Donation extract — tax receipts")
    spec = mk((fcpt.full(), addr_of(fcpt, ORG["found_dom"])), [(fdir.full(), addr_of(fdir, ORG["found_dom"]))], subj, body, sent,
              atts=[Att(L(lang, "dons_mois.csv", "donations_month.csv"), "text/csv", csv, c.pick(["utf-8", "windows-1252"]))])
    return R("donations_csv", lang, spec, [], "CSV of donations (donor names, cities, amounts)")


# ----------------------------------------------------------------------------------------------------------------
def radiothon_results(c, lang):
    fcom = c.staff(lang, "F")
    host = c.new_person(lang)
    sent = c.sent_at()
    total = f"{c.randint(180, 690)} {c.randint(100, 999)}"
    body = L(lang, f"""{hello(c, lang)}

Merci à toutes et à tous! Le Radiothon de la Fondation a permis d'amasser {total} $ au profit de l'oncologie et de l'hémato-oncologie pédiatrique.

Merci à notre animatrice {host.full()}, aux {c.randint(40, 90)} bénévoles et aux médecins qui ont pris le micro pour parler du cancer colorectal et de l'importance du dépistage.

{signature(c, fcom, 'fond_dev', 'fond', lang)}""", f"""{hello(c, lang)}

Thank you all! The Foundation Radiothon raised ${total.replace(' ', ',')} for oncology and paediatric hematology-oncology.

Thanks to our host {host.full()}, the {c.randint(40, 90)} volunteers and the physicians who went on air to talk about colorectal cancer and the importance of screening.

{signature(c, fcom, 'fond_dev', 'fond', lang)}""")
    subj = L(lang, "Résultats du Radiothon", "Radiothon results")
    spec = mk((fcom.full(), addr_of(fcom, ORG["found_dom"])), [(L(lang, "Tout le personnel", "All staff"), f"tous@{ORG['dom']}")],
              subj, body, sent)
    return R("radiothon_results", lang, spec, [], "fundraising results mentioning cancer and the radio host")


# ----------------------------------------------------------------------------------------------------------------
def press_release(c, lang):
    cdir = c.staff(lang, "F")
    md = c.staff(lang)
    sent = c.sent_at()
    item = c.pick([("un nouvel appareil d'IRM 3 teslas", "a new 3-tesla MRI", SPECIALTIES[5], "AVC", "stroke"),
                   ("une clinique de l'insuffisance cardiaque", "a heart failure clinic", SPECIALTIES[0], "insuffisance cardiaque", "heart failure"),
                   ("une unité de dialyse de 12 places", "a 12-station dialysis unit", SPECIALTIES[8], "insuffisance rénale", "kidney failure"),
                   ("une clinique de la mémoire", "a memory clinic", SPECIALTIES[3], "maladie d'Alzheimer", "Alzheimer's disease")])
    n = c.randint(800, 4000)
    body = L(lang, f"""COMMUNIQUÉ — POUR DIFFUSION IMMÉDIATE

L'Hôpital de Saint-Aurèle inaugure {item[0]}

Saint-Aurèle, le {d_long(sent.date(), 'fr')} — Le CISSS de la Vallée-des-Érables annonce la mise en service de {item[0]}, qui permettra de traiter environ {n} usagers par année atteints de {item[3]}.

« Nos patients n'auront plus à se rendre à Montréal », souligne {'la Dre' if md.sex == 'F' else 'le Dr'} {md.full()}, {item[2][0]} et chef du service.

Source : {cdir.full()}, {role('comm_dir', 'fr', cdir.sex)}, 450 555-0100, poste 2020
-30-""", f"""NEWS RELEASE — FOR IMMEDIATE RELEASE

Westlake Hospital opens {item[1]}

Westlake, {d_long(sent.date(), 'en')} — The Vallée-des-Érables health centre announces the opening of {item[1]}, which will treat about {n} patients a year living with {item[4]}.

"Our patients will no longer have to travel to Montreal," said Dr. {md.full()}, {item[2][1]} and department head.

Source: {cdir.full()}, {role('comm_dir', 'en')}, 450 555-0100, ext. 2020
-30-""")
    subj = L(lang, f"Communiqué — {item[0]}", f"News release — {item[1]}")
    spec = mk((cdir.full(), addr_of(cdir)), [(L(lang, "Médias régionaux", "Regional media"), f"medias@{ext_dom('media1')}")],
              subj, body, sent)
    return R("press_release", lang, spec, [], "press release: physician named with disease and new service")


# ----------------------------------------------------------------------------------------------------------------
def media_expert_request(c, lang):
    adv, journ, md = c.staff(lang), c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    topic = c.pick([("la hausse des cas de rougeole", "the rise in measles cases", SPECIALTIES[6]),
                    ("le mois de sensibilisation au cancer du sein", "Breast Cancer Awareness Month", SPECIALTIES[1]),
                    ("la saison de la grippe et l'achalandage des urgences", "flu season and ER crowding", SPECIALTIES[4]),
                    ("les surdoses liées aux opioïdes dans la région", "opioid overdoses in the region", SPECIALTIES[4])])
    outlet = c.pick(["Le Courrier régional", "Westlake Chronicle", "Radio Vallée 98,7"])
    req = L(lang, f"Bonjour,\n\nJe prépare un reportage sur {topic[0]}. Auriez-vous un médecin disponible pour une entrevue de 10 minutes demain avant 15 h?\n\n{journ.full()}\n{outlet}",
            f"Hello,\n\nI'm working on a story about {topic[1]}. Would a physician be available for a 10-minute interview tomorrow before 3 p.m.?\n\n{journ.full()}\n{outlet}")
    body = L(lang, f"""{hello(c, lang, journ)}

{'La Dre' if md.sex == 'F' else 'Le Dr'} {md.full()}, {topic[2][0]}, pourra vous accorder une entrevue demain à 11 h, par téléphone ou en personne à l'entrée principale. Merci de ne pas filmer dans les aires de soins.

{signature(c, adv, 'comm', 'comm', lang)}

{quote_block(c, lang, (journ.full(), addr_of(journ, ext_dom('media1'))), earlier(sent, c, (0, 1)), req)}""", f"""{hello(c, lang, journ)}

Dr. {md.full()}, {topic[2][1]}, can do an interview tomorrow at 11 a.m., by phone or in person at the main entrance. Please do not film in care areas.

{signature(c, adv, 'comm', 'comm', lang)}

{quote_block(c, lang, (journ.full(), addr_of(journ, ext_dom('media2'))), earlier(sent, c, (0, 1)), req)}""")
    subj = L(lang, "RE: Demande d'entrevue", "RE: Interview request")
    spec = mk(who(adv), [(journ.full(), addr_of(journ, ext_dom("media1")))], subj, body, sent, cc=[who(md)])
    return R("media_expert_request", lang, spec, [], "media request answered with a physician expert on a disease topic")


# ----------------------------------------------------------------------------------------------------------------
def press_review(c, lang):
    adv = c.staff(lang, "F")
    minister = c.new_person(lang)
    sent = c.sent_at()
    occ = c.randint(118, 174)
    cases = c.randint(3, 40)
    body = L(lang, f"""REVUE DE PRESSE — {d_long(sent.date(), 'fr')}

1. Le Courrier régional : « Urgences débordées : taux d'occupation de {occ} % à Saint-Aurèle » — citation de notre PDG sur le plan de désengorgement.
2. Radio Vallée : {cases} cas de rougeole confirmés dans la région depuis janvier; la santé publique rappelle l'importance de la vaccination.
3. Westlake Chronicle : le ministre {minister.full()} annonce 14 M$ pour la modernisation du bloc opératoire.
4. Réseaux sociaux : publication virale d'une usagère mécontente du stationnement (aucun renseignement clinique); réponse type publiée.

Tonalité globale : neutre.

{adv.given}""", f"""PRESS REVIEW — {d_long(sent.date(), 'en')}

1. Le Courrier régional: "ERs overflowing: {occ}% occupancy in Saint-Aurèle" — quote from our CEO on the decongestion plan.
2. Radio Vallée: {cases} confirmed measles cases in the region since January; Public Health stresses vaccination.
3. Westlake Chronicle: Minister {minister.full()} announces $14M to modernise the operating suite.
4. Social media: viral post from a visitor unhappy with parking (no clinical information); standard reply posted.

Overall tone: neutral.

{adv.given}""")
    subj = L(lang, f"Revue de presse du {sent.date().isoformat()}", f"Press review {sent.date().isoformat()}")
    spec = mk(who(adv), [(L(lang, "Comité de direction", "Leadership team"), f"codir@{ORG['dom']}")], subj, body, sent)
    return R("press_review", lang, spec, [], "daily press review with aggregate case counts and public officials")


# ----------------------------------------------------------------------------------------------------------------
def media_policy_reminder(c, lang):
    cdir = c.staff(lang, "F")
    sent = c.sent_at()
    body = L(lang, f"""{hello(c, lang)}

À la suite de l'accident de la route 117, plusieurs journalistes ont tenté de joindre directement les unités de soins. Rappel de la procédure :

- ne jamais confirmer ni infirmer la présence d'un usager, même à un proche qui se présente comme tel au téléphone;
- diriger toute demande média vers la Direction des communications (450 555-0100, poste 2020, 24/7);
- un bilan de santé général (« stable », « critique ») ne peut être donné qu'avec le consentement de l'usager ou de son représentant;
- aucune photo ou vidéo dans les aires de soins.

Merci de votre collaboration.

{signature(c, cdir, 'comm_dir', 'comm', lang)}""", f"""{hello(c, lang)}

Following the Route 117 crash, several reporters tried to reach care units directly. A reminder of the procedure:

- never confirm or deny that someone is a patient, even to a caller claiming to be a relative;
- refer every media request to Communications (450 555-0100, ext. 2020, 24/7);
- a one-word condition report ("stable", "critical") may only be given with the consent of the patient or their representative;
- no photos or video in care areas.

Thank you for your cooperation.

{signature(c, cdir, 'comm_dir', 'comm', lang)}""")
    subj = L(lang, "Rappel — demandes des médias", "Reminder — media requests")
    spec = mk(who(cdir), [(L(lang, "Chefs d'unité", "Unit managers"), f"chefs-unites@{ORG['dom']}")], subj, body, sent)
    return R("media_policy_reminder", lang, spec, [], "media procedure reminder without any patient")


# ----------------------------------------------------------------------------------------------------------------
def newsletter(c, lang):
    cdir = c.staff(lang)
    staff = [c.staff(lang) for _ in range(3)]
    md = c.staff(lang, "F")
    sent = c.sent_at()
    topic = c.pick(DISEASE_TOPICS)
    spec_ = c.pick(SPECIALTIES)
    body = L(lang, f"""L'ÉCHO DE LA VALLÉE — Infolettre interne

BRAVO! La Dre {md.full()}, {spec_[0]}, a reçu le prix Excellence de l'Association des médecins pour ses travaux de recherche ({topic[0]}).

RETRAITE : Après 34 ans de service, {staff[0].full()} (archives médicales) prend sa retraite. Un 5 à 7 aura lieu vendredi à la cafétéria.

BIENVENUE à {staff[1].full()}, {'nouvelle conseillère' if staff[1].sex == 'F' else 'nouveau conseiller'} en communication, et à {staff[2].full()}, {'avocate' if staff[2].sex == 'F' else 'avocat'} aux affaires juridiques.

CE MOIS-CI : Mois de sensibilisation — {topic[0]}. Kiosque d'information dans le hall principal mardi et jeudi.

PROCHAINE COLLECTE DE SANG : le {d_long(sent.date() + datetime.timedelta(days=12), 'fr')}, salle Champlain.""", f"""THE VALLEY ECHO — Staff newsletter

KUDOS! Dr. {md.full()}, {spec_[1]}, received the Medical Association's Excellence Award for her work on {topic[1]}.

RETIREMENT: After 34 years of service, {staff[0].full()} (Health Records) is retiring. Farewell gathering Friday at 5 p.m. in the cafeteria.

WELCOME to {staff[1].full()}, new communications advisor, and to {staff[2].full()}, lawyer in Legal Affairs.

THIS MONTH: {topic[1]} awareness month. Information booth in the main lobby Tuesday and Thursday.

NEXT BLOOD DRIVE: {d_long(sent.date() + datetime.timedelta(days=12), 'en')}, Champlain room.""")
    subj = L(lang, f"L'Écho de la Vallée — {sent.strftime('%m/%Y')}", f"The Valley Echo — {sent.strftime('%m/%Y')}")
    spec = mk(svc("comm", lang), [(L(lang, "Tout le personnel", "All staff"), f"tous@{ORG['dom']}")], subj, body, sent,
              body_mode=c.pick(["html", "alt"]))
    return R("newsletter", lang, spec, [], "internal newsletter: staff news, physician award, disease awareness")


# ----------------------------------------------------------------------------------------------------------------
def social_calendar(c, lang):
    adv, cdir = c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    rows = [[L(lang, "Date", "Date"), L(lang, "Plateforme", "Platform"), L(lang, "Sujet", "Topic"), L(lang, "Porte-parole", "Spokesperson")]]
    for i in range(c.randint(5, 8)):
        t = c.pick(DISEASE_TOPICS)
        md = c.staff(lang)
        rows.append([(sent.date() + datetime.timedelta(days=3 * i + 1)).isoformat(), c.pick(["Facebook", "LinkedIn", "Instagram"]),
                     L(lang, f"Capsule : {t[0]}", f"Short video: {t[1]}"), f"{md.dr(lang)} {md.full()}"])
    xlsx = make_xlsx(c, [(L(lang, "Calendrier", "Calendar"), rows)], author=adv.full())
    body = L(lang, f"{hello(c, lang, cdir)}\n\nVoici le calendrier de publications pour le prochain mois. Les capsules seront tournées la semaine prochaine.\n\n{adv.given}",
             f"{hello(c, lang, cdir)}\n\nHere is next month's social media calendar. The short videos will be shot next week.\n\n{adv.given}")
    subj = L(lang, "Calendrier des médias sociaux", "Social media calendar")
    spec = mk(who(adv), [who(cdir)], subj, body, sent,
              atts=[Att(L(lang, "calendrier_publications.xlsx", "social_calendar.xlsx"), CT_XLSX, xlsx)])
    return R("social_calendar", lang, spec, [], "social media calendar (XLSX) of disease topics and physicians")


# ----------------------------------------------------------------------------------------------------------------
def spokesperson_list(c, lang):
    cdir = c.staff(lang, "F")
    sent = c.sent_at()
    rows = [[L(lang, "Sujet", "Topic"), L(lang, "Porte-parole", "Spokesperson"), L(lang, "Poste", "Ext.")]]
    for t in c.sample(DISEASE_TOPICS, 6):
        md = c.staff(lang)
        rows.append([t[0] if lang == "fr" else t[1], f"{md.dr(lang)} {md.full()}", str(c.randint(2100, 7999))])
    body = L(lang, f"""{hello(c, lang)}

Voici la liste à jour des porte-parole médicaux autorisés par sujet. Ils ont tous suivi la formation médias.

[[TABLE]]

{signature(c, cdir, 'comm_dir', 'comm', lang)}""", f"""{hello(c, lang)}

Here is the updated list of approved medical spokespeople by topic. All have completed media training.

[[TABLE]]

{signature(c, cdir, 'comm_dir', 'comm', lang)}""")
    subj = L(lang, "Porte-parole médicaux — liste à jour", "Medical spokespeople — updated list")
    spec = mk(who(cdir), [(L(lang, "Équipe des communications", "Communications team"), svc_addr("comm"))], subj, body, sent,
              table_html=html_table(rows), table_text=text_table(rows))
    return R("spokesperson_list", lang, spec, [], "list of physician spokespeople by disease topic")


# ----------------------------------------------------------------------------------------------------------------
def comms_event_ics(c, lang):
    org = c.staff(lang, "F")
    guests = [c.staff(lang) for _ in range(3)]
    sent = c.sent_at()
    start = datetime.datetime.combine(sent.date() + datetime.timedelta(days=c.randint(3, 20)), datetime.time(c.pick([10, 13, 15]), 30))
    summ = c.pick([L(lang, "Point de presse — bilan des urgences", "Media briefing — ER update"),
                   L(lang, "Tournage capsule dépistage du cancer colorectal", "Video shoot — colorectal cancer screening"),
                   L(lang, "Comité de campagne majeure — Fondation", "Major campaign committee — Foundation")])
    desc = L(lang, "Ordre du jour à suivre. Aucune donnée d'usager ne sera présentée.", "Agenda to follow. No patient data will be presented.")
    ics = make_ics(f"evt-{c.randint(100000, 999999)}@cisssve.example", start, start + datetime.timedelta(hours=1), summ, desc,
                   L(lang, "Salle du conseil", "Boardroom"), (org.full(), addr_of(org)), [(g.full(), addr_of(g)) for g in guests])
    body = L(lang, f"{summ}\n\n{desc}", f"{summ}\n\n{desc}")
    spec = mk(who(org), [who(g) for g in guests], L(lang, "Invitation : ", "Invitation: ") + summ, body, sent,
              atts=[Att("invite.ics", "text/calendar", ics, "utf-8")])
    return R("comms_event_ics", lang, spec, [], "calendar invitation for a communications/foundation event")


# ----------------------------------------------------------------------------------------------------------------
def consent_form_blank(c, lang):
    adv = c.staff(lang)
    sent = c.sent_at()
    paras = [L(lang, "# Autorisation de captation et de diffusion — usager", "# Photo and video release — patient"),
             L(lang, "Je, soussigné(e) ______________________________, autorise le CISSS de la Vallée-des-Érables à utiliser mon image et mon témoignage.",
               "I, the undersigned ______________________________, authorise the Vallée-des-Érables health centre to use my image and testimony."),
             L(lang, "Date de naissance : ___________  Téléphone : ______________", "Date of birth: ___________  Phone: ______________"),
             L(lang, "Renseignements de santé pouvant être mentionnés : ☐ aucun ☐ diagnostic ☐ traitement",
               "Health information that may be mentioned: ☐ none ☐ diagnosis ☐ treatment"),
             L(lang, "Signature : ____________________  Témoin : ____________________", "Signature: ____________________  Witness: ____________________")]
    doc = make_docx(c, "", paras, author=adv.full())
    body = L(lang, f"{hello(c, lang)}\n\nVoici le formulaire d'autorisation révisé par les affaires juridiques. À utiliser pour toute entrevue ou photo impliquant un usager.\n\n{signature(c, adv, 'comm', 'comm', lang)}",
             f"{hello(c, lang)}\n\nHere is the release form as revised by Legal Affairs. Use it for any interview or photo involving a patient.\n\n{signature(c, adv, 'comm', 'comm', lang)}")
    subj = L(lang, "Formulaire d'autorisation médias (gabarit)", "Media release form (template)")
    spec = mk(who(adv), [(L(lang, "Équipe des communications", "Communications team"), svc_addr("comm"))], subj, body, sent,
              atts=[Att(L(lang, "autorisation_captation_vierge.docx", "media_release_blank.docx"), CT_DOCX, doc)])
    return R("consent_form_blank", lang, spec, [], "blank media release form template")


# ----------------------------------------------------------------------------------------------------------------
def retiree_memoriam(c, lang):
    rh = c.staff(lang, "F")
    ret = c.staff(lang)
    sent = c.sent_at()
    body = L(lang, f"""{hello(c, lang)}

C'est avec tristesse que nous avons appris le décès de {ret.full()}, qui a été chef du service de la buanderie pendant 22 ans avant sa retraite en 2019. Plusieurs se souviendront de sa bonne humeur et de son implication dans le club social.

La famille invite ceux qui le souhaitent à faire un don à la Fondation de l'Hôpital de Saint-Aurèle. Les funérailles auront lieu samedi à 11 h à l'église de Saint-Aurèle.

{signature(c, rh, 'rh', 'rh', lang)}""", f"""{hello(c, lang)}

We are saddened to share the passing of {ret.full()}, who managed the laundry department for 22 years before retiring in 2019. Many will remember the good humour and the dedication to the social club.

The family invites those who wish to make a donation to the Saint-Aurèle Hospital Foundation. The funeral will be held Saturday at 11 a.m. at Saint-Aurèle church.

{signature(c, rh, 'rh', 'rh', lang)}""")
    subj = L(lang, "Avis de décès — ancien employé", "In memoriam — former employee")
    spec = mk(who(rh), [(L(lang, "Tout le personnel", "All staff"), f"tous@{ORG['dom']}")], subj, body, sent)
    return R("retiree_memoriam", lang, spec, [], "death notice of a retired employee (staff, no health details)")


TEMPLATES = [(foundation_gala, 4), (donor_thanks, 4), (foundation_board, 4), (named_fund, 4), (donations_csv, 4),
             (radiothon_results, 3), (press_release, 4), (media_expert_request, 4), (press_review, 4),
             (media_policy_reminder, 4), (newsletter, 4), (social_calendar, 4), (spokesperson_list, 4),
             (comms_event_ics, 3), (consent_form_blank, 4), (retiree_memoriam, 2)]
