"""Positive (confidential) messages in French – part 2."""
from gen_clinical import has_imaging, PAIN, PEDS, PREOP, SOCIAL, UDS, labs_line, opioid
from gen_common import nir_render, niss_render, sin_render, strip_accents
from gen_org import HOSP, PARTNERS, UNITS, partner_addr, st
from gen_render import att_csv, att_docx, att_eml, att_pdf, att_vcf, att_zip
from gen_tpl import Msg


def e(p):
    return "e" if p.sex == "F" else ""


def pain_sc(t, keys=None):
    return t.pick([x for x in PAIN if keys is None or x["key"] in keys])


def preop_sc(t, keys=None):
    return t.pick([x for x in PREOP if keys is None or x["key"] in keys])


def uds(t):
    m = Msg(t, "pos", "lab_followup", "urine drug screen result under opioid agreement")
    p = t.c.patient("fr", age=(25, 70))
    sc = pain_sc(t, ("lbp_rad", "fbss", "knee_oa", "phantom", "sickle", "cancer"))
    doc, nurse = st(t.pick(["trudel", "benslimane"])), st("murray")
    res = t.pick(UDS)
    mrn = t.mrn(p)
    m.idv("mrn", mrn)
    m.frm = doc.addr()
    m.to = [nurse.addr()]
    m.subject = t.pick(["Dépistage urinaire – suivi", f"DU {p.name('sur_initial')}", "Résultat dépistage – entente opioïdes"])
    who = f"{p.name(t.pick(['full', 'title_full', 'comma']))} ({mrn})"
    named = t.chance(0.5)
    if not named:
        who = f"l'usagère au dossier {mrn}" if p.sex == "F" else f"l'usager au dossier {mrn}"
        m.subject = t.pick(["Dépistage urinaire – suivi", f"DU – dossier {mrn}", "Résultat dépistage – entente opioïdes"])
    m.body = f"""{t.hello(nurse.given)}

Le dépistage urinaire de {who} du {t.short(t.past(3, 10))} est revenu : {res[0]}.
{'Cette personne' if not named else p.title() or p.given} est sous {opioid(sc)} dans le cadre de l'entente de traitement ({sc['dx'][0]}).

Peux-tu {'la' if p.sex == 'F' else 'le'} convoquer cette semaine? Je veux en discuter avec {'elle' if p.sex == 'F' else 'lui'} avant le prochain renouvellement. D'ici là, service quotidien à la pharmacie.

{doc.given}"""
    m.ty("mrn", "lab_result", "medication", "diagnosis")
    if named:
        m.ty("patient_name")
    return m


def dpj(t):
    m = Msg(t, "pos", "social", "social worker note to youth protection about adolescent pain patient")
    p = t.c.holder(max_age=17, min_age=4)
    sc = pain_sc(t, ("crps", "migraine", "fibro", "sickle", "occipital"))
    ts = st("desrosiers")
    ident = t.ident_block(m, p, style=t.pick([0, 1, 3]))
    m.frm = ts.addr()
    m.to = [("Intervenante DPJ – équipe Val-des-Aulnes", partner_addr("dpj", "intervention.vda"))]
    m.cc = [st("trudel").addr()]
    m.subject = t.pick(["Suivi – jeune connu de vos services", "Collaboration clinique douleur / DPJ", "Information demandée – suivi en douleur"])
    m.body = f"""{t.hello()}

Tel que convenu lors de notre appel, voici l'information sur le suivi de l'enfant à notre clinique :

{ident}

Suivi pour {sc['dx'][0]} depuis {t.randint(3, 14)} mois. Absences répétées aux rendez-vous (3 sur les 5 derniers). {SOCIAL['dpj'][0][0].upper() + SOCIAL['dpj'][0][1:]}; la famille d'accueil ne détient pas l'autorisation pour le traitement proposé ({sc['proc'][0]}).

Nous aurions besoin d'une confirmation écrite de la personne autorisée à consentir aux soins avant le {t.day(t.future(7, 20))}.

{t.bye()}
{t.sign('desrosiers')}"""
    m.ty("social_information", "diagnosis")
    return m


def cancel_subject(t):
    m = Msg(t, "pos", "cancellation", "surgery cancelled for glycaemia; name only in subject")
    p = t.c.patient("fr", age=(45, 80))
    sc = preop_sc(t, ("chole_dm", "glp1", "ckd"))
    md = st(t.pick(["vaillancourt", "archambault", "ashworth"]))
    m.frm = md.addr()
    m.to = [st("demers").addr(), st(sc["surg"]).addr()]
    a1c = f"{t.randint(98, 124) / 10:.1f}".replace(".", ",")
    glu = f"{t.randint(160, 240) / 10:.1f}".replace(".", ",")
    m.subject = t.pick([f"Annulation chx – {p.name('comma')}", f"Annulé ce matin : {p.name('upper_both')}",
                        f"{p.name('lower')} – annulation"])
    m.body = f"""{t.hello()}

Cas annulé ce matin en salle 4 : glycémie capillaire à {glu} mmol/L à l'arrivée, HbA1c {a1c} % (prélevée la semaine dernière), cétonémie négative. {'La patiente' if p.sex == 'F' else 'Le patient'} n'avait pas cessé l'empagliflozine.

Retour au médecin de famille pour optimisation du diabète; nouvelle évaluation à la CEPA dans 6 à 8 semaines. La plage peut être réattribuée.

{md.name('fr')}"""
    m.must.append(p.surname)
    m.ty("patient_name", "lab_result", "diagnosis", "medication")
    return m


def discharge_docx(t):
    m = Msg(t, "pos", "discharge", "day-surgery discharge summary with pain plan (DOCX)")
    p = t.c.holder(min_age=20)
    sc = preop_sc(t, ("latex_anx", "mh", "copd", "ponv_mast", "suboxone"))
    md = st(t.pick(["ashworth", "archambault", "okonkwo"]))
    d = t.past(0, 2)
    m.holder(p)
    nam = t.nam(p, t.pick(["plain", "spaced"]))
    dob = t.dob(p, "iso")
    blocks = [("title", "Résumé de départ – chirurgie d'un jour"),
              ("kv", [("Usager", p.name("upper_comma")), ("DDN", dob), ("Sexe", p.sex), ("NAM", nam),
                      ("Date de l'intervention", d.isoformat()), ("Intervention", sc["proc"][0])]),
              ("p", f"Antécédents pertinents : {sc['dx'][0]}.\n\nAnesthésie : {sc['plan'][0]}"),
              ("p", "Analgésie au congé : acétaminophène 1 g QID x 5 jours; célécoxib 200 mg BID x 3 jours; "
                    "hydromorphone 1 mg q4h PRN (12 co., aucun renouvellement)."),
              ("p", "Consignes : appeler si engourdissement > 24 h, fièvre > 38,5 °C ou douleur non soulagée."),
              ("small", f"Rédigé par {md.name('fr')}")]
    fn = t.pick(["Resume_depart.docx", f"Départ_{p.surname}_{d:%d%m}.docx", "resume-de-depart-CDJ.docx"])
    m.atts = [att_docx(fn, blocks, md.plain(), "Résumé de départ")]
    m.frm = md.addr()
    m.to = [st("abboud").addr()] if t.chance(0.5) else [st("lanctot").addr()]
    m.subject = t.pick(["Résumé de départ – chirurgie d'un jour", "Congé CDJ – votre patiente/patient", f"Résumé – {sc['proc'][0]}"])
    m.body = f"""{t.hello('Docteure')}

Pour votre information, ci-joint le résumé de départ de votre patient{e(p)} opéré{e(p)} le {t.short(d)}. Suivi en clinique externe dans 2 semaines.

{t.bye()}
{t.sign(md.key, 1)}"""
    m.ty("diagnosis", "medication")
    return m


def waitlist_csv(t):
    m = Msg(t, "pos", "waitlist", "infiltration waiting list export as CSV")
    rows = [["Nom", "Prénom", "DDN", "Sexe", "NAM", "Diagnostic", "Intervention demandée", "Priorité", "Date demande"]]
    n = t.randint(3, 4)
    for i in range(n):
        p = t.c.holder(min_age=25)
        m.holder(p)
        sc = pain_sc(t, ("lbp_rad", "facet", "knee_oa", "si_joint", "occipital", "phn"))
        rows.append([p.surname.upper(), p.given, p.dob.isoformat(), p.sex, t.nam(p, t.pick(["plain", "spaced"])),
                     sc["dx"][0], sc["proc"][0], t.pick(["P2", "P3", "P4"]), t.past(20, 180).isoformat()])
    cs = t.pick(["windows-1252", "utf-8", "iso-8859-1"])
    m.atts = [att_csv(t.pick(["liste_attente_infiltrations.csv", "export_attente.csv", "LA_fluoro.csv"]),
                      rows, ";", cs, bom=(cs == "utf-8" and t.chance(0.5)))]
    m.frm = st("ferland").addr()
    m.to = [st("benslimane").addr(), st("trudel").addr()]
    m.subject = t.pick(["Liste d'attente fluoroscopie", "Export liste d'attente – priorisation", "LA infiltrations à prioriser"])
    m.body = f"""{t.hello()}

Voici l'export de la liste d'attente pour les plages de fluoroscopie du mois prochain ({n} usagers qui dépassent le délai cible). Pouvez-vous confirmer les priorités d'ici jeudi?

{t.bye()}
{t.sign('ferland', 1)}"""
    m.ty("diagnosis")
    return m


def nir_student(t):
    m = Msg(t, "pos", "preop", "pre-op coordination for a French student with NIR")
    p = t.c.patient("fr", age=(19, 30))
    nir = t.c.nir(p)
    nr = nir_render(nir, t.pick(["official", "plain", "spaced", "dotted"]))
    m.idv("fr_nir", nr)
    proc = t.pick([("ligamentoplastie du genou gauche (LCA)", "rupture du LCA gauche (ski)"),
                   ("arthroscopie de l'épaule droite", "luxations récidivantes de l'épaule droite"),
                   ("cholécystectomie par laparoscopie", "lithiase vésiculaire symptomatique")])
    nurse = st("berube")
    dob = t.dob(p)
    m.frm = nurse.addr()
    m.to = [("Bureau international – couverture santé", "couverture.etudiants@univ-hr.example")]
    m.cc = [st("houle").addr()]
    m.subject = t.pick(["Étudiante/étudiant en échange – couverture pour chirurgie", "Couverture santé – chirurgie planifiée", "Entente France-Québec : formulaire SE-401-Q?"])
    m.body = f"""{t.hello()}

Nous avons en clinique préopératoire {p.name('title_full')}, né{e(p)} le {dob}, étudiant{e(p)} française{'' if p.sex == 'F' else ''} en échange, pour {proc[0]} ({proc[1]}).

Pour l'ouverture de son dossier, {'elle' if p.sex == 'F' else 'il'} nous a fourni son numéro de sécurité sociale français : {nr}. Pourriez-vous confirmer si le formulaire d'entente de sécurité sociale a été déposé à la RAMQ? Sinon, la chirurgie sera facturée.

Antécédents : aucun; allergie à la pénicilline (urticaire). Prend {t.pick(['un contraceptif oral', 'du salbutamol au besoin', 'aucun médicament'])}.

{t.bye()}
{t.sign('berube')}""".replace("française", "français" if p.sex == "M" else "française")
    m.ty("patient_name", "date_of_birth", "diagnosis")
    if "aucun médicament" not in m.body:
        m.ty("medication")
    return m


def niss_patient(t):
    m = Msg(t, "pos", "referral", "pain consult request for Belgian patient with NISS")
    p = t.c.patient("fr", age=(30, 75))
    niss = t.c.niss(p)
    nr = niss_render(niss, t.pick(["official", "plain", "spaced", "dotted"]))
    m.idv("be_niss", nr)
    sc = pain_sc(t, ("tn", "crps", "phn", "lbp_rad", "migraine"))
    doc = st(t.pick(["benslimane", "feldstein"]))
    to = st("trudel") if doc.key != "trudel" else st("benslimane")
    m.frm = doc.addr()
    m.to = [to.addr()]
    m.subject = t.pick(["Patient belge – avis", "Consultation – ressortissant belge", f"Avis douleur : {p.name('upper_comma')}"])
    m.body = f"""{t.hello(to.name('fr'))}

Je te demande un avis pour {p.name('title_full')}, {p.age()} ans, ressortissant{e(p)} belge installé{e(p)} chez sa fille à Lac-Doré depuis 4 mois.

Numéro national (NISS) : {nr}
Date de naissance : {t.dob(p)}
Diagnostic : {sc['dx'][0]}
Traitement actuel : {', '.join(sc['meds'])}
{sc['imaging'][0][0].upper() + sc['imaging'][0][1:]}.

Son centre de la douleur en Belgique a envoyé un résumé (en néerlandais, je l'ai fait traduire). {p.title()} {p.surname} aimerait discuter de l'option suivante : {sc['proc'][0]}.

{doc.given}"""
    m.ty("patient_name", "date_of_birth", "diagnosis", "medication")
    if has_imaging(sc):
        m.ty("lab_result")
    return m


def calllog_html(t):
    m = Msg(t, "pos", "nurse_calls", "post-procedure follow-up call log table")
    nurse = st(t.pick(["murray", "lindgren"]))
    rows = ["Usager | Téléphone | Intervention | Suivi J1"]
    n = t.randint(4, 6)
    for i in range(n):
        p = t.c.patient("fr")
        ph = t.c.phone_fmt()
        sc = pain_sc(t, ("lbp_rad", "crps", "phn", "facet", "knee_oa", "occipital", "si_joint", "cpsp", "migraine", "tn"))
        rows.append(f"{p.name(t.pick(['comma', 'full', 'upper_comma']))} | {ph} | {sc['proc'][0]} | "
                    + t.pick(["soulagement 50 %", "aucun effet pour l'instant", "douleur au site, glace conseillée",
                              "céphalée légère", "pas de réponse – message laissé", "engourdissement résolu"]))
        if i == 0:
            m.must.append(ph)
    m.frm = nurse.addr()
    m.to = [st("trudel").addr(), st("benslimane").addr()]
    m.subject = t.pick(["Suivis téléphoniques post-intervention", f"Appels J1 – {t.when:%d/%m}", "Suivi des blocs d'hier"])
    table = "\n".join(rows)
    m.body = f"""{t.hello()}

Voici les suivis téléphoniques des interventions d'hier :

{table}

Rien d'urgent. Je rappelle ceux qui n'ont pas répondu cet après-midi.

{t.bye()}
{nurse.given}"""
    m.ty("patient_name", "patient_contact", "diagnosis")
    m.tx = {"mode": t.pick(["html", "alt"])}
    return m


def vcard_patient(t):
    m = Msg(t, "pos", "contact", "patient contact card (vCard) with clinical context")
    p = t.c.patient("fr")
    st1, st2 = t.c.address("fr")
    ph = t.c.phone()
    cell = t.c.phone()
    sc = pain_sc(t)
    nurse = st("murray")
    town = st2.split(" (")[0]
    pc = st2[-7:]
    m.atts = [att_vcf(f"{p.given} {p.surname}.vcf", family=p.surname, given=p.given,
                      tels=[("HOME", ph), ("CELL", cell)], adr=(st1, town, "QC", pc),
                      note=f"Patient(e) clinique douleur – {sc['dx'][0]}")]
    m.frm = nurse.addr()
    m.to = [st(t.pick(["seguin", "kovacs"])).addr()]
    m.subject = t.pick(["Coordonnées pour ta nouvelle patiente/nouveau patient", "Contact – référence interne", "Fiche contact"])
    m.body = f"""{t.hello()}

Je t'ai référé {p.name('given')} ({p.name('initial')}) pour le volet {t.pick(['physio', 'psycho'])} du programme. {sc['dx'][0][0].upper() + sc['dx'][0][1:]}; prend {sc['meds'][0]}.
{t.pick(['Préfère être appelé' + e(p) + ' en soirée au cellulaire.', 'Ne pas laisser de message détaillé au domicile.', 'Parle surtout anglais, comprend bien le français.'])}

Ses coordonnées sont dans la fiche jointe.

{nurse.given}"""
    m.ty("patient_name", "patient_contact", "diagnosis", "medication")
    m.must += [p.surname]
    return m


def zip_cit(t):
    m = Msg(t, "pos", "agency_form", "workers' compensation medical file as ZIP (PDF + DOCX)")
    p = t.c.patient("fr", age=(25, 62))
    sin = t.c.sin()
    sr = sin_render(sin, t.pick(["plain", "spaced"]))
    m.idv("ca_sin", sr)
    sc = pain_sc(t, ("lbp_rad", "crps", "si_joint", "fbss", "occipital"))
    doc = st(t.pick(["feldstein", "trudel"]))
    claim = f"{t.randint(100, 999)} {t.randint(100, 999)} {t.randint(100, 999)}"
    dob = t.dob(p, "iso")
    evt = t.past(90, 400)
    pdfb = [("title", "Rapport médical d'évolution"),
            ("kv", [("Travailleur(euse)", p.name("upper_comma")), ("Date de naissance", dob), ("NAS", sr),
                    ("No de dossier CIT", claim), ("Date de l'événement", evt.isoformat())]),
            ("p", f"Diagnostic : {sc['dx'][0]}.\nÉvolution : amélioration partielle après {sc['proc'][0]}."),
            ("p", "Traitement : " + "; ".join(sc["meds"]) + "."),
            ("p", "Consolidation non atteinte. Assignation temporaire possible à raison de 3 demi-journées par semaine.")]
    docxb = [("title", "Limitations fonctionnelles temporaires"),
             ("p", f"{p.name('full')} – dossier CIT {claim}"),
             ("table", [["Activité", "Limitation"], ["Soulever", "max 5 kg"], ["Position assise", "30 min puis alterner"],
                        ["Escaliers", "à éviter"], ["Conduite", "autorisée, trajets courts"]])]
    members = [att_pdf("rapport_evolution.pdf", pdfb, "Rapport médical", doc.plain()),
               att_docx("limitations_fonctionnelles.docx", docxb, doc.plain())]
    m.atts = [att_zip(t.pick([f"CIT_{claim.replace(' ', '')}.zip", "documents_medicaux.zip", f"dossier_{p.surname}.zip"]), members)]
    m.frm = st("ferland").addr()
    m.to = [("Indemnisation – réadaptation", partner_addr("cit", "documents.medicaux"))]
    m.subject = t.pick([f"Dossier {claim} – rapport médical", "Transmission de documents médicaux", "Rapport d'évolution et limitations"])
    m.body = f"""{t.hello()}

Vous trouverez ci-joint (archive compressée) le rapport médical d'évolution et les limitations fonctionnelles rédigés par {doc.name('fr')} pour le dossier {claim}.

{t.bye()}
{t.sign('ferland')}"""
    m.ty("patient_name", "date_of_birth", "diagnosis", "medication")
    m.must.append(sr)
    return m


def eml_attached(t):
    m = Msg(t, "pos", "forward", "patient's own e-mail forwarded as attached message")
    p = t.c.patient("fr")
    ph = t.c.phone_fmt()
    sc = pain_sc(t, ("fibro", "crps", "lbp_rad", "migraine", "dpn", "phn"))
    nurse, doc = st("murray"), st(t.pick(["trudel", "benslimane", "feldstein"]))
    mail = f"{strip_accents(p.given).lower()}.{strip_accents(p.surname).lower().replace(' ', '')}{t.randint(1, 99)}@courriel.example"
    prev = t.earlier(10, 70)
    inner_body = f"""Bonjour madame Murray,

Depuis que le Dr a augmenté mon {sc['meds'][0].split(' ')[0]} je suis tout le temps étourdi{e(p)} et j'ai pris 4 kilos. La douleur est quand même à 7 sur 10 la nuit. Est-ce que je peux revenir à l'ancienne dose? J'ai aussi besoin d'un papier pour mon travail.

Merci
{p.name('full')}
{ph}"""
    inner = dict(lang="fr", **{"from": (p.name("full"), mail)}, to=[nurse.addr()],
                 subject=t.pick(["question médicament", "effets secondaires", "svp me rappeler"]),
                 body=inner_body, date=prev, msgid=f"<{t.rng.getrandbits(60):015x}@courriel.example>", atts=[])
    m.atts = [att_eml(inner, t.pick([None, "message_patient.eml", f"{inner['subject']}.eml"]))]
    m.frm = nurse.addr()
    m.to = [doc.addr()]
    m.subject = t.tr(inner["subject"])
    m.body = f"""{t.hello(doc.name('fr'))}

Voir le courriel ci-joint de {p.name('title_sur')} (suivi{e(p)} pour {sc['dx'][0]}). Veux-tu que je lui propose un retour à la dose précédente?

{nurse.given}"""
    m.ty("patient_name", "patient_contact", "diagnosis", "medication")
    m.must += [ph]
    return m


def filename_only(t):
    m = Msg(t, "pos", "consult", "consultation PDF whose file name carries the patient name")
    p = t.c.patient("fr")
    sc = pain_sc(t)
    doc = st(t.pick(["trudel", "benslimane", "feldstein"]))
    d = t.past(1, 10)
    fn = t.pick([f"Consult_douleur_{p.surname.upper()}_{p.given}_{d:%Y-%m-%d}.pdf",
                 f"{p.surname}, {p.given} - consultation.pdf", f"consultation {p.given} {p.surname}.pdf"])
    blocks = [("title", "Consultation – clinique de la douleur chronique"),
              ("p", f"Date : {d.isoformat()}\nRaison de consultation : {sc['dx'][0]}."),
              ("p", "Histoire : douleur depuis plus de 2 ans, impact fonctionnel important, sommeil fragmenté."),
              ("p", f"Examens : {sc['imaging'][0]}."),
              ("p", "Médication : " + "; ".join(sc["meds"]) + "."),
              ("p", f"Plan : {sc['proc'][0]}; réévaluation dans 8 semaines.")]
    m.atts = [att_pdf(fn, blocks, "Consultation", doc.plain())]
    m.frm = doc.addr()
    m.to = [st(t.pick(["abboud", "lanctot"])).addr()]
    m.subject = t.pick(["Consultation clinique de la douleur", "Notre consultation", "Consult – suivi"])
    m.body = f"""{t.hello('Docteure')}

Merci pour la référence. Ci-joint ma note de consultation : {sc['dx'][0]}, je propose {sc['proc'][0]} et un ajustement de {sc['meds'][0].split(' (')[0]}.

{t.bye()}
{t.sign(doc.key, 1)}"""
    m.ty("patient_name", "diagnosis", "medication")
    if has_imaging(sc):
        m.ty("lab_result")
    m.must.append(p.surname)
    return m


def violence(t):
    m = Msg(t, "pos", "social", "disclosure of intimate partner violence during pain follow-up")
    p = t.c.patient("fr", sex="F", age=(25, 65))
    sc = pain_sc(t, ("fibro", "migraine", "cpsp", "occipital", "si_joint"))
    ts, doc = st("desrosiers"), st(t.pick(["trudel", "feldstein", "benslimane"]))
    m.frm = ts.addr()
    m.to = [doc.addr()]
    m.importance = t.chance(0.5)
    m.subject = t.pick(["Confidentiel – suivi psychosocial", "Suite à la rencontre de ce matin", "Plan de sécurité"])
    m.body = f"""{t.hello(doc.name('fr'))}

J'ai rencontré {p.name(t.pick(['initial', 'title_full', 'full']))} après sa visite pour {sc['dx'][0]}. Elle m'a dévoilé de la violence conjugale (conjoint actuel); nous avons fait ensemble un plan de sécurité.
Les ecchymoses notées à l'examen ne seraient pas liées à sa condition. Elle refuse pour l'instant une dénonciation, mais accepte les coordonnées de la maison d'hébergement.

Merci de ne pas envoyer de correspondance à son domicile; privilégier le cellulaire qu'elle nous a donné.

{t.sign('desrosiers', 1)}"""
    m.ty("patient_name", "social_information", "diagnosis")
    return m


def airway_letter(t):
    m = Msg(t, "pos", "letter", "difficult airway letter to family physician")
    p = t.c.patient("fr", age=(30, 80))
    mrn = t.mrn(p, t.pick(["spaced", "fullwidth", "dotted", "slashed", "spaced_chars"]))
    m.idv("mrn", mrn)
    md = st(t.pick(["archambault", "ashworth", "vaillancourt"]))
    d = t.past(1, 20)
    dob = t.dob(p)
    m.frm = md.addr()
    m.to = [st(t.pick(["abboud", "lanctot"])).addr()]
    m.subject = t.pick(["Lettre – intubation difficile", "Avis important : voies aériennes difficiles", "Intubation difficile – à inscrire au dossier"])
    m.body = f"""Chère consœur,

Votre patient{e(p)} {p.name('title_full')} (né{e(p)} le {dob}, {t.mrn_label().lower()} {mrn}) a présenté une intubation difficile imprévue lors de son anesthésie du {t.day(d, True)}.

Cormack-Lehane grade {t.pick(['3b', '4'])} en laryngoscopie directe et vidéo; intubation réussie au fibroscope au 3e essai. Ventilation au masque difficile (grade 3). Aucune séquelle.

Nous recommandons : inscription au dossier, port d'un bracelet d'alerte et remise d'une copie de cette lettre {('à la patiente' if p.sex == 'F' else 'au patient')} avant toute future anesthésie.

{md.name('fr')}"""
    m.ty("patient_name", "date_of_birth", "diagnosis")
    m.must.append(mrn)
    return m


def housing_preop(t):
    m = Msg(t, "pos", "social", "homeless patient needs post-op lodging after day surgery")
    p = t.c.patient("fr", age=(30, 70))
    sc = preop_sc(t, ("copd", "latex_anx", "mh", "suboxone"))
    nurse, ts = st("berube"), st("desrosiers")
    d = t.future(5, 25)
    mrn = t.mrn(p)
    m.idv("mrn", mrn)
    m.frm = nurse.addr()
    m.to = [ts.addr()]
    m.subject = t.pick(["Besoin d'hébergement post-op", "Usager sans domicile – chirurgie d'un jour", "Urgent : retour à domicile impossible"])
    m.body = f"""{t.hello(ts.given)}

{p.name(t.pick(['upper_comma', 'title_full', 'comma']))} ({mrn}) est prévu{e(p)} en chirurgie d'un jour le {t.day(d)} ({sc['proc'][0]}). {SOCIAL['housing'][0][0].upper() + SOCIAL['housing'][0][1:]} et n'a personne pour {('la' if p.sex == 'F' else 'le')} surveiller 24 h après l'anesthésie.

Antécédents : {sc['dx'][0]}. Peut-on trouver une place en hébergement de convalescence, sinon il faudra l'admettre une nuit?

Merci!
Josiane"""
    m.ty("patient_name", "mrn", "social_information", "diagnosis")
    return m
