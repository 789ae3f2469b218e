"""Positive (confidential) messages in French – part 1."""
from gen_clinical import OPIOIDS, PAIN, PREOP, SOCIAL, UDS, lab_str, labs_line
from gen_clinical import LAB_NAMES, has_imaging
from gen_common import sin_render
from gen_org import HOSP, PARTNERS, UNITS, partner_addr, st
from gen_render import att_docx, att_ics, att_pdf, att_xlsx
from gen_tpl import Msg


def e(p):
    return "e" if p.sex == "F" else ""


def pain_sc(t, keys=None):
    return t.pick([x for x in PAIN if keys is None or x["key"] in keys])


def preop_sc(t, keys=None):
    return t.pick([x for x in PREOP if keys is None or x["key"] in keys])


def referral_readapt(t):
    m = Msg(t, "pos", "referral", "pain clinic referral to interdisciplinary rehab programme")
    p = t.c.holder(min_age=18)
    sc = pain_sc(t, ("lbp_rad", "fibro", "fbss", "crps", "phantom", "si_joint", "knee_oa", "cpsp"))
    doc = st(t.pick(["trudel", "feldstein", "benslimane"]))
    m.frm = doc.addr()
    m.to = [("Accueil – Programme douleur chronique", partner_addr("phare", "accueil.douleur"))]
    if t.chance(0.5):
        m.cc = [st("murray").addr()]
    m.subject = t.pick(["Demande de prise en charge – programme interdisciplinaire",
                        f"Référence programme douleur – {p.name('upper_comma')}",
                        "Référence – réadaptation douleur chronique"])
    ident = t.ident_block(m, p)
    since = t.when.year - t.randint(1, 5)
    meds = "\n".join("- " + x for x in sc["meds"])
    m.body = f"""{t.hello()}

Je vous réfère {p.title() or 'le jeune'} {p.surname}, suivi{e(p)} à notre clinique de la douleur depuis {since}, pour votre programme interdisciplinaire de réadaptation.

{ident}

Diagnostic principal : {sc['dx'][0]}
Intensité moyenne rapportée : {sc['score']}/10, sommeil perturbé, arrêt des activités de loisir.

Médication actuelle :
{meds}

Investigation : {sc['imaging'][0]}.
Interventions déjà faites : {sc['proc'][0]} (soulagement partiel, environ 6 semaines).

Objectifs : reprise graduelle des activités, diminution de la kinésiophobie, stratégies d'autogestion. {p.title() or 'La famille'} est motivé{e(p)} et disponible en semaine.

Les notes de consultation complètes peuvent être transmises sur demande (téléc. {UNITS['DOUL'][3]}).

{t.bye()}
{t.sign(doc.key)}"""
    m.ty("diagnosis", "medication")
    if has_imaging(sc):
        m.ty("lab_result")
    return m


def preop_pdf(t):
    m = Msg(t, "pos", "preop", "pre-anaesthesia assessment summary as PDF")
    p = t.c.holder(min_age=30)
    sc = preop_sc(t)
    nurse, md = st("berube"), st(t.pick(["vaillancourt", "archambault", "ashworth"]))
    surg = st(sc["surg"])
    d = t.future(7, 35)
    m.holder(p)
    mrn = t.mrn(p, "plain")
    m.idv("mrn", mrn)
    nam = t.nam(p, t.pick(["plain", "spaced"]))
    dob = t.dob(p, "iso")
    blocks = [("title", "Évaluation préanesthésique – CEPA"),
              ("kv", [("Nom, prénom", p.name("upper_comma")), ("Date de naissance", dob), ("Sexe", p.sex),
                      ("NAM", nam), ("No dossier", mrn), ("Chirurgie prévue", sc["proc"][0]),
                      ("Chirurgien", surg.name("fr")), ("Date prévue", d.isoformat())]),
              ("p", "Antécédents : " + sc["dx"][0] + "."),
              ("p", "Médication : " + "; ".join(sc["meds"]) + "."),
              ("table", [["Analyse", "Résultat", "Unité"]] + [[LAB_NAMES[x[0]][0], x[1].replace(".", ","), LAB_NAMES[x[0]][2]] for x in sc["labs"]]),
              ("p", "Voies aériennes : " + sc["airway"][0] + f". ASA {sc['asa']}."),
              ("p", "Consignes médicamenteuses : " + sc["hold"][0]),
              ("p", "Plan anesthésique proposé : " + sc["plan"][0]),
              ("small", f"Évaluée par {nurse.plain()}, {nurse.cred} – révisé par {md.name('fr')}")]
    fn = t.pick([f"CEPA_{p.surname}_{d:%Y%m%d}.pdf", "Evaluation_preanesthesique.pdf",
                 f"Éval préop {p.surname.upper()} {p.given}.pdf"])
    m.atts = [att_pdf(fn, blocks, "Évaluation préanesthésique", nurse.plain())]
    m.frm = nurse.addr()
    m.to = [md.addr()]
    m.cc = [surg.addr()] if t.chance(0.5) else []
    m.subject = t.pick(["Éval préop complétée – à réviser", f"CEPA – {sc['proc'][0]} du {t.short(d)}",
                        f"Évaluation préanesthésique {p.name('title_sur')}"])
    m.body = f"""{t.hello(md.name('fr'))}

L'évaluation préanesthésique pour la chirurgie du {t.day(d)} ({sc['proc'][0]}) est complétée, voir le PDF ci-joint.

Points à réviser : {sc['dx'][0]}. {sc['hold'][0]}

Pouvez-vous signer le plan d'ici vendredi? Je dois confirmer avec le bloc.

{t.bye()}
{t.sign('berube')}"""
    m.must += [sc["proc"][0]]
    m.ty("diagnosis", "lab_result")
    if sc["key"] != "mh":
        m.ty("medication")
    return m


def census_xlsx(t):
    m = Msg(t, "pos", "census", "pre-anaesthesia clinic daily list as XLSX")
    d = t.future(1, 3)
    rows = [["Heure", "Patient", "Dossier", "DDN", "Chirurgie", "Chirurgien", "Problèmes", "Statut"]]
    hours = ["08:00", "08:30", "09:00", "09:45", "10:30", "11:15", "13:00", "13:45", "14:30"]
    n = t.randint(6, 9)
    for i in range(n):
        p = t.c.patient("fr", age=(35, 88))
        sc = preop_sc(t)
        mrn = t.mrn(p, "plain")
        m.idv("mrn", mrn)
        rows.append([hours[i], p.name(t.pick(["upper_comma", "comma"])), mrn, p.dob.isoformat(),
                     sc["proc"][0], st(sc["surg"]).surname, sc["dx"][0],
                     t.pick(["à voir", "tél. fait", "labos manquants", "ECG à faire", "OK"])])
    m.ty("patient_name", "mrn", "date_of_birth", "diagnosis")
    m.atts = [att_xlsx(f"Liste_CEPA_{d:%Y-%m-%d}.xlsx", [(f"CEPA {d:%d-%m}", rows)], st("houle").plain())]
    m.frm = st("houle").addr()
    m.to = [st("berube").addr(), st("vaillancourt").addr()]
    m.subject = t.pick([f"Liste CEPA {t.day(d)}", f"Clinique préop – liste du {t.short(d)}", "Liste de demain (CEPA)"])
    m.body = f"""{t.hello()}

Voici la liste de la clinique préopératoire pour {t.day(d)}. {n} patients confirmés.

{t.pick(['Deux patients n’ont pas encore fait leurs prises de sang.', 'Le 13 h 45 demande un interprète.', 'Aucun changement depuis hier.'])}

{t.bye()}
Mélissa"""
    m.must.append(rows[1][1])
    return m


def signout_sda(t):
    m = Msg(t, "pos", "signout", "acute pain service sign-out roster")
    doc, nxt = st("okonkwo"), st(t.pick(["vezina", "aziz", "ashworth"]))
    lines = ["Ch. | Patient | Chx / modalité | À surveiller"]
    mods = ["péridurale thoracique bupi 0,1 % + fentanyl 2 mcg/mL à 8 mL/h", "ACP hydromorphone 0,2 mg q8 min",
            "cathéter bloc adducteur ropi 0,2 % 6 mL/h", "ACP morphine 1 mg q6 min", "kétamine 0,1 mg/kg/h",
            "rachi morphine 100 mcg ce matin"]
    probs = ["douleur 8/10 au repos, ajouter kétamine?", "hypotension 85/50 – réduire débit",
             "prurit +++, naloxone faible dose PRN", "sédation 2, SpO2 89 % – SAHOS connu", "bloc moteur MI D, réévaluer à 22 h",
             "confusion nocturne, âge 84 ans", "sevrage possible (opioïdes chroniques)"]
    n = t.randint(4, 7)
    for i in range(n):
        p = t.c.patient("fr", age=(30, 90))
        room = f"{t.randint(3, 6)}{t.randint(10, 40)}-{t.randint(1, 2)}"
        sc = preop_sc(t)
        lines.append(f"{room} | {p.name(t.pick(['sur_initial', 'upper_sur', 'surname_first', 'initial']))} | J{t.randint(0, 3)} {sc['proc'][0]}, {t.pick(mods)} | {t.pick(probs)}")
        if i == 0:
            m.must.append(p.surname)
    m.ty("patient_name", "diagnosis", "medication")
    m.frm = doc.addr()
    m.to = [nxt.addr()]
    m.cc = [st("lindgren").addr()]
    m.subject = t.pick(["Sign-out SDA", f"Relève douleur aiguë {t.when:%d/%m}", "Relève SDA – soir"])
    table = "\n".join(lines)
    m.body = f"""Salut {nxt.given},

Relève du SDA pour ce soir :

{table}

Le cathéter de péridurale du {lines[1].split(' | ')[0]} a été installé à T8 par le Dr Archambault, test OK. Page-moi si tu as besoin.

{doc.given}"""
    return m


def booking_ics(t):
    m = Msg(t, "pos", "booking", "pain procedure booking with calendar invite")
    p = t.c.patient("fr")
    sc = pain_sc(t, ("lbp_rad", "facet", "knee_oa", "occipital", "si_joint", "crps", "phn"))
    doc, sec = st(t.pick(["trudel", "benslimane"])), st("ferland")
    d = t.future(10, 45)
    mrn = t.mrn(p, t.pick(["plain", "hyphen"]))
    m.idv("mrn", mrn)
    summ = f"{sc['proc'][0][:1].upper()}{sc['proc'][0][1:]} – {p.name('upper_comma')} ({mrn})"
    m.atts = [att_ics("invitation.ics", uid=f"{t.rng.getrandbits(48):012x}@hsaurele.example",
                      start=t.at(d, t.pick([8, 9, 10, 13]), t.pick([0, 30])),
                      end=t.at(d, t.pick([11, 14]), 0), summary=summ,
                      location="Salle de fluoroscopie 2, " + HOSP,
                      description=f"Dx : {sc['dx'][0]}. Cesser AINS 3 jours avant. Accompagnateur requis.",
                      organizer=(sec.plain(), sec.email), attendees=[doc.addr()])]
    m.frm = sec.addr()
    m.to = [doc.addr()]
    m.subject = t.pick([f"RDV ajouté : {sc['proc'][0]}", f"Invitation : plage fluoro {t.short(d)}", "Plage fluoroscopie confirmée"])
    m.body = f"""{t.hello(doc.name('fr'))}

J'ai réservé la plage du {t.day(d)} pour {p.name('title_full')} ({sc['proc'][0]}), confirmé par téléphone.

{p.title()} {p.surname} prend {sc['meds'][0]}; je lui ai rappelé de cesser les anti-inflammatoires 3 jours avant.

{t.bye()}
{t.sign('ferland', 1)}"""
    m.ty("patient_name", "diagnosis", "medication")
    m.must.append(p.surname)
    return m


def transport(t):
    m = Msg(t, "pos", "transport", "adapted transport request for a pain-clinic patient")
    p = t.c.patient("fr", age=(40, 90))
    st1, st2 = t.c.address("fr")
    ph = t.c.phone_fmt()
    sc = pain_sc(t, ("lbp_rad", "fbss", "phantom", "knee_oa", "cancer", "dpn"))
    d = t.future(5, 30)
    nurse = st(t.pick(["murray", "ferland"]))
    m.frm = nurse.addr()
    m.to = [("Réservations TA", partner_addr("ta", "reservations"))]
    m.subject = t.pick(["Demande de transport adapté", f"Transport – {p.name('comma')} – {t.short(d)}", "Réservation aller-retour clinique douleur"])
    dob = t.dob(p)
    m.body = f"""{t.hello()}

Nous demandons un transport adapté aller-retour pour {'l’usagère suivante' if p.sex == 'F' else 'l’usager suivant'} :

Nom : {p.name('comma')}
Date de naissance : {dob}
Adresse : {st1}, {st2}
Téléphone : {ph}
Rendez-vous : {t.day(d)} à {t.pick(['9 h', '10 h 30', '13 h', '14 h 15'])}, clinique de la douleur, {HOSP} (entrée C)
Retour prévu : environ 2 h plus tard ({sc['proc'][0]})

Particularités : {t.pick(['fauteuil roulant manuel', 'marchette, ne peut monter les marches', 'oxygène portatif 2 L/min', 'déambulateur; accompagné de sa fille'])}. Douleur importante en position assise prolongée ({sc['dx'][0]}).

{t.bye()}
{t.sign(nurse.key)}"""
    m.ty("patient_name", "date_of_birth", "patient_contact", "diagnosis")
    m.must += [ph, st1]
    return m


def lab_reply(t):
    m = Msg(t, "pos", "lab_followup", "reply about abnormal pre-op labs with quoted question")
    p = t.c.patient("fr", age=(50, 88))
    sc = preop_sc(t, ("ckd", "colect_anemia", "chole_dm", "pth_afib", "pacemaker"))
    nurse, md = st("berube"), st(t.pick(["vaillancourt", "archambault"]))
    d = t.future(3, 14)
    mrn = t.mrn(p)
    m.idv("mrn", mrn)
    labs = labs_line(sc["labs"], "fr")
    q = f"""Bonjour {md.tfr} {md.surname},

Les labos préop de {p.name('title_full')} ({t.mrn_label().lower()} {mrn}) sont sortis : {labs}.
Chirurgie prévue le {t.day(d)} ({sc['proc'][0]}). Est-ce qu'on maintient?

Josiane"""
    k = t.randint(0, 2)
    ans = ([f"On maintient, mais je veux un contrôle le matin de la chirurgie. {sc['hold'][0]}",
                  f"Je préfère reporter : {sc['plan'][0]} Avise le Dr {st(sc['surg']).surname}, svp.",
                  f"OK pour maintenir. Ajoute la note au dossier : {sc['dx'][0]}, ASA {sc['asa']}."])[k]
    prev = t.earlier(2, 20)
    m.in_reply_to = t.synth_msgid()
    m.frm = md.addr()
    m.to = [nurse.addr()]
    subj0 = f"Labos préop – {p.name('title_sur')}"
    m.subject = t.re(subj0)
    m.body = f"""{ans}

{md.given[0]}. {md.surname}

{t.quote(nurse.plain(), nurse.email, prev, q, subject=subj0, to=md.plain())}"""
    m.ty("patient_name", "lab_result", "diagnosis")
    if k == 0 or (k == 1 and "fer IV" in sc["plan"][0]):
        m.ty("medication")
    m.must.append(mrn)
    return m


def rx_pharmacy(t):
    m = Msg(t, "pos", "prescription", "opioid prescription sent to community pharmacy")
    p = t.c.holder(min_age=25)
    sc = pain_sc(t, ("lbp_rad", "fbss", "cancer", "knee_oa", "phantom", "sickle", "crps"))
    doc = st(t.pick(["trudel", "benslimane", "feldstein"]))
    ph_key = t.pick(["ph_moulin", "ph_lacdore"])
    drug = t.pick(OPIOIDS)
    qty = t.pick(["28 jours", "14 jours", "7 jours"])
    m.holder(p)
    nam = t.nam(p, t.pick(["plain", "spaced"]))
    dob = t.dob(p, "iso")
    lines = [("title", "Ordonnance – Clinique de la douleur chronique"),
             ("kv", [("Patient(e)", p.name("upper_comma")), ("DDN / sexe", f"{dob} / {p.sex}"), ("NAM", nam)]),
             ("p", f"Rx : {drug}\nPosologie : selon le plan ci-dessous, max. {t.pick(['4', '6'])} doses/jour\n"
                   f"Durée : {qty}, servir aux 7 jours (pas de renouvellement hâtif)\nIndication : {sc['dx'][0]}"),
             ("p", f"Également : {sc['meds'][0]}; {sc['meds'][1]}."),
             ("small", f"{doc.name('fr')} – permis 1-{t.randint(10000, 99999)} – {UNITS['DOUL'][2]}")]
    as_pdf = t.chance(0.6)
    if as_pdf:
        m.atts = [att_pdf(t.pick(["Ordonnance.pdf", f"Rx_{p.surname}.pdf", "ordonnance_signée.pdf"]), lines, "Ordonnance", doc.plain())]
    m.frm = doc.addr()
    m.to = [(PARTNERS[ph_key][0], partner_addr(ph_key, "ordonnances"))]
    m.subject = t.pick(["Ordonnance – entente de traitement", f"Rx {p.name('upper_both')}", "Nouvelle ordonnance – clinique de la douleur"])
    body = f"""{t.hello()}

{'Veuillez trouver ci-joint' if as_pdf else 'Voici'} l'ordonnance pour {p.name('title_full')} (DDN {dob}, sexe {p.sex}, NAM {nam}).
"""
    if not as_pdf:
        body += f"""
Rx : {drug}
Durée : {qty}, servir aux 7 jours
Indication : {sc['dx'][0]}
"""
    body += f"""
{t.pick(['Une entente de traitement aux opioïdes a été signée; aucune autre ordonnance d’opioïde ne doit être servie.', 'Merci de nous aviser si des doses sont demandées avant la date prévue.', 'Trousse de naloxone remise à la clinique.'])}

{t.bye()}
{t.sign(doc.key)}"""
    m.body = body
    m.ty("medication", "diagnosis")
    return m


def insurer_sin(t):
    m = Msg(t, "pos", "insurer_form", "disability insurer attending physician statement as DOCX")
    p = t.c.patient("fr", age=(28, 62))
    sin = t.c.sin()
    sinr = sin_render(sin, t.pick(["spaced", "plain", "hyphen"]))
    m.idv("ca_sin", sinr)
    sc = pain_sc(t, ("lbp_rad", "fibro", "crps", "fbss", "migraine", "occipital", "si_joint"))
    doc = st(t.pick(["feldstein", "trudel", "benslimane"]))
    pol = f"{t.randint(100000, 999999)}-{t.randint(10, 99)}"
    dob = t.dob(p, "iso")
    start = t.past(40, 200)
    blocks = [("title", "Déclaration du médecin traitant – invalidité de courte durée"),
              ("kv", [("Nom de l'assuré(e)", p.name("full")), ("Date de naissance", dob),
                      ("NAS", sinr), ("No de police / certificat", pol), ("Employeur", "Entrepôts Ducharme-Vallée inc.")]),
              ("p", f"Diagnostic principal : {sc['dx'][0]}.\nDate du début de l'invalidité : {start.isoformat()}."),
              ("p", "Traitement actuel : " + "; ".join(sc["meds"]) + f". Prochaine intervention : {sc['proc'][0]}."),
              ("p", "Limitations fonctionnelles : éviter de soulever plus de 5 kg, alterner position assise/debout aux 30 min."),
              ("p", "Retour au travail estimé : progressif dans 8 à 12 semaines."),
              ("small", f"{doc.name('fr')}, {doc.cred} – {HOSP}")]
    fn = t.pick(["Declaration_medecin_Borealis.docx", f"ICD_{p.surname}.docx", "formulaire_assureur_complété.docx"])
    m.atts = [att_docx(fn, blocks, doc.plain(), "Déclaration du médecin traitant")]
    m.frm = st("ferland").addr()
    m.to = [("Service des réclamations – invalidité", partner_addr("borealis", "reclamations.invalidite"))]
    m.subject = t.pick([f"Réclamation {pol} – déclaration du médecin", "Formulaire invalidité complété", f"Dossier {pol}"])
    m.body = f"""{t.hello()}

Vous trouverez ci-joint la déclaration du médecin traitant complétée par {doc.name('fr')} pour votre assuré{e(p)}, {p.name('title_full')} (police {pol}).

Pour toute question, communiquez avec la clinique au {UNITS['DOUL'][2]}.

{t.bye()}
{t.sign('ferland')}"""
    m.ty("patient_name", "date_of_birth", "diagnosis", "medication")
    m.must.append(sinr)
    return m


def aide_sociale(t):
    m = Msg(t, "pos", "agency_form", "medical report for social assistance severe constraints")
    p = t.c.holder(min_age=25, max_age=64)
    sc = pain_sc(t, ("fibro", "fbss", "crps", "sickle", "phantom", "dpn", "migraine"))
    doc = st(t.pick(["trudel", "feldstein"]))
    ts = st("desrosiers")
    ident = t.ident_block(m, p, style=t.pick([0, 3]))
    m.frm = ts.addr()
    m.to = [("Agente – Solidarité sociale", partner_addr("ssa", "contraintes.emploi"))]
    m.cc = [doc.addr()]
    m.subject = t.pick(["Rapport médical – contraintes sévères à l'emploi", "Demande d'allocation pour contraintes sévères", "Suivi de la demande – rapport médical joint"])
    m.body = f"""{t.hello()}

Suite à notre échange téléphonique, je vous transmets les renseignements médicaux concernant la demande de contraintes sévères à l'emploi de notre usager{e(p)} :

{ident}

Situation : {SOCIAL['income'][0]}, {t.pick(['vit seul' + e(p) + ' dans un logement subventionné', 'hébergé' + e(p) + ' temporairement chez sa sœur', SOCIAL['jobloss'][0]])}.
Diagnostic : {sc['dx'][0]}. Limitations permanentes selon {doc.name('fr')} (rapport signé à venir par télécopieur).
Traitement : {', '.join(sc['meds'][:2])}.

N'hésitez pas à me joindre directement au poste {ts.ext}.

{t.bye()}
{t.sign('desrosiers')}"""
    m.ty("social_information", "diagnosis", "medication")
    return m


def quick_callback(t):
    m = Msg(t, "pos", "quick_note", "call-back request with patient phone and symptom")
    p = t.c.patient("fr")
    ph = t.c.phone_fmt()
    frm, to = t.pick([(st("ferland"), st("murray")), (st("houle"), st("berube")), (st("murray"), st("trudel"))])
    sym = t.pick([("céphalée positionnelle depuis l'épidurale de mardi (brèche dure-mérienne?)", "post-dural puncture headache"),
                  ("engourdissement persistant de la jambe droite après le bloc d'hier", "persistent numbness after block"),
                  ("nausées et somnolence depuis l'augmentation de l'hydromorphone à 3 mg", "opioid side effects"),
                  ("fièvre 38,4 et rougeur au site du cathéter", "possible catheter site infection"),
                  ("crise de douleur 10/10, n'a plus de Lyrica depuis 3 jours", "ran out of pregabalin")])
    m.frm = frm.addr()
    m.to = [to.addr()]
    m.subject = t.pick(["À rappeler svp", f"Appel de {p.name('title_sur')}", "Message tél.", "rappel patient"])
    m.body = f"""{to.given},

{p.name(t.pick(['title_full', 'lower', 'full', 'title_sur']))} a appelé ce matin : {sym[0]}.
Peux-tu {'la' if p.sex == 'F' else 'le'} rappeler au {ph}? {t.pick(['Disponible après 13 h.', 'Laisser un message si pas de réponse.', 'C’est son cellulaire.'])}

{frm.given}"""
    m.note = "call-back request: " + sym[1]
    m.ty("patient_name", "patient_contact", "diagnosis")
    if "Lyrica" in sym[0] or "hydromorphone" in sym[0]:
        m.ty("medication")
    m.must.append(ph)
    return m


def fwd_anticoag(t):
    m = Msg(t, "pos", "forward", "forwarded thread about anticoagulant hold before surgery")
    p = t.c.patient("fr", age=(55, 88))
    sc = preop_sc(t, ("pth_afib", "stent", "pacemaker"))
    surg = st(sc["surg"])
    ph = st("pepin")
    md = st(t.pick(["vaillancourt", "archambault"]))
    d = t.future(10, 30)
    mrn = t.mrn(p)
    m.idv("mrn", mrn)
    prev = t.earlier(5, 50)
    orig = f"""Bonjour,

Pour {p.name('upper_comma')} ({t.mrn_label().lower()} {mrn}), {sc['proc'][0]} prévue le {t.day(d)}. {p.title()} prend {sc['meds'][0]}.
Pouvez-vous nous confirmer le moment de l'arrêt? Le patient{'e' if p.sex == 'F' else ''} a déjà eu un AVC en {t.randint(2015, 2022)}.

Secrétariat du Dr {surg.surname}"""
    m.frm = ph.addr()
    m.to = [md.addr()]
    subj0 = f"Arrêt anticoagulant – {p.name('title_sur')}"
    m.subject = t.tr(subj0)
    m.body = f"""{md.given},

Je te transfère la demande. Ma suggestion : {sc['hold'][0]} Pas d'héparine de relais selon le score CHA2DS2-VASc, mais je te laisse trancher vu l'AVC.

Guillaume

{t.fwd('Secrétariat orthopédie', surg.email, prev, subj0, ph.plain(), orig)}"""
    m.ty("patient_name", "mrn", "medication", "diagnosis")
    return m


def reply_osa(t):
    m = Msg(t, "pos", "reply", "reply about suspected sleep apnoea before surgery")
    p = t.c.patient("fr", age=(40, 80))
    nurse, md = st("berube"), st(t.pick(["vaillancourt", "ashworth", "archambault"]))
    sc = preop_sc(t, ("chole_dm", "copd", "glp1", "latex_anx", "pth_afib"))
    prev = t.earlier(1, 30)
    sb = t.randint(5, 7)
    q = f"""Dr {md.surname},

{p.name('title_full')} ({sc['proc'][0]}) a un STOP-BANG à {sb}/8, ronflements importants, IMC {t.randint(36, 48)}. Pas de polysomnographie au dossier. On fait quoi?

J. Bérubé"""
    subj0 = t.pick(["Question STOP-BANG", f"SAHOS? {p.name('initial')}", "Question préop"])
    m.frm = md.addr()
    m.to = [nurse.addr()]
    m.in_reply_to = t.synth_msgid()
    m.subject = t.re(subj0)
    m.body = f"""{t.pick(['Bonjour Josiane,', 'Josiane,', 'Salut,'])}

On traite comme un SAHOS présumé : pas de report, mais opioïdes minimisés, {t.pick(['anesthésie régionale si possible', 'bloc + AINS'])} et oxymétrie continue la première nuit. Demande une polysomnographie en externe via son médecin de famille.

{md.name('fr')}

{t.quote(nurse.plain(), nurse.email, prev, q, subject=subj0, to=md.plain())}"""
    m.ty("patient_name", "diagnosis")
    return m
