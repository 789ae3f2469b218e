"""French positives, part 2: social work, labs, calendar invitations, insurer
forms, paediatrics, chart-number-only notes, European patients, record
transfers, cardiac devices, forwarded-as-attachment referrals."""
import datetime as dt

import gen_data as D
import gen_docs as G
from gen_ctx import slug
from gen_mime import Att, Mail, Quote, Table
from gen_pos_fr1 import SHORT_FR, cap, hello

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# 11 -----------------------------------------------------------------------------
def social_work_ref(c):
    nurse = c.staff(["infirmière", "pivot"])
    ts = c.person(D.STAFF, 12)
    p = c.patient()
    nm = c.pname(p, c.pick(["title_full", "upper_sur", "full"]))
    i = c.pick([1, 3, 4, 5, 6])
    soc = c.social(p, i)
    mrn = c.mrn(p)
    body = [f"Bonjour {ts['given']},",
            f"Je te réfère {nm} ({mrn}), suivi{p.e()} pour {c.dx(p)}, en traitement jusqu'au "
            f"{c.day(c.later(10, 25))}.",
            f"Situation : {soc}.",
            c.pick([f"{cap(p.pron('fr'))} m'a donné la permission de te transmettre ses coordonnées.",
                    "Peux-tu la/le rencontrer après son traitement de demain ?".replace(
                        "la/le", "la" if p.sex == "F" else "le"),
                    "Vois-tu une aide possible pour le stationnement et l'épicerie ?"])]
    if i == 4:
        body.append("IMPORTANT : ne pas appeler au domicile, utiliser seulement le cellulaire "
                    f"{c.phone(p, cell=True)}.")
    subj = c.pick(["Référence service social", f"Référence TS - {p.surname}", "Demande d'intervention psychosociale"])
    if p.surname in subj:
        c.records.append(("name", p.surname, p))
    return c.mail("social_work_referral", "referral to social worker about patient's situation", c.who(nurse),
                  [c.who(ts)], subj, body, sig=c.sig(nurse))


# 12 -----------------------------------------------------------------------------
def cbc_followup(c):
    nurse = c.staff(["infirmière", "pivot"])
    onco = c.person(D.OTHER_MDS, 0)
    site = c.pick(["hn", "lung", "cervix", "esoph", "rectum", "gbm"])
    p = c.patient(site=site)
    chemo = D.SITES[site]["chemo"]
    nm = c.pname(p, c.pick(["title_full", "upper_sur", "initial", "sur_initial"]))
    c.add("lab_result", "medication")
    r = c.rng
    labs = [("Hb", f"{r.randint(82, 118)}", "g/L", "120-160"),
            ("Leucocytes", f"{r.randint(15, 38) / 10}".replace(".", ","), "x10⁹/L", "4,0-11,0"),
            ("Neutrophiles", f"{r.randint(5, 16) / 10}".replace(".", ","), "x10⁹/L", "2,0-7,5"),
            ("Plaquettes", f"{r.randint(48, 140)}", "x10⁹/L", "150-400"),
            ("Créatinine", f"{r.randint(70, 160)}", "µmol/L", "50-110")]
    fx = r.randint(8, 25)
    body = [f"Bonjour {c.dr(onco, short=True)},",
            f"FSC de ce matin pour {nm}, dossier {c.mrn(p)} ({c.dx(p)}), "
            f"fraction {fx} de radiothérapie, {chemo} concomitant.",
            Table(["Analyse", "Résultat", "Unité", "Réf."], labs),
            c.pick([f"Doit-on maintenir le {chemo} de jeudi ? On continue la radio en attendant ta réponse.",
                    f"Je suggère de suspendre le {chemo} cette semaine, à confirmer.",
                    "Asymptomatique, afébrile. On refait une FSC lundi."])]
    return c.mail("lab_followup", "blood count during chemoradiation sent to oncologist", c.who(nurse),
                  [c.who(onco)], c.pick([f"FSC {p.surname}", "Résultats FSC ce matin", "FSC - à valider"]),
                  body, cc=[c.who(c.md())], sig=c.sig(nurse))


# 13 -----------------------------------------------------------------------------
def ics_booking(c):
    clerk = c.staff(["agente", "secrétaire"])
    kind = c.pick(["hdr", "fid", "srs"])
    site = {"hdr": "cervix", "fid": "prostate", "srs": "brainmets"}[kind]
    p = c.patient(site=site)
    d = c.later(3, 12)
    h = c.pick([7, 8, 9, 13])
    start = dt.datetime(d.year, d.month, d.day, h, 30)
    end = start + dt.timedelta(hours=c.pick([1, 2, 3]))
    nm = c.pname(p, c.pick(["upper_sur", "sur_given"]))
    mrn = c.mrn(p, c.pick(["plain", "prefixed"]))
    what = {"hdr": f"Curiethérapie HDR #{c.rng.randint(1, 4)}", "fid": "Insertion grains d'or (fiduciaires)",
            "srs": "Fabrication masque + IRM radiochirurgie"}[kind]
    desc = (f"Patient : {nm} - dossier {mrn}\nDx : {c.dx(p)}\n" +
            {"hdr": "Rachianesthésie, à jeun dès minuit. Sonde urinaire en salle. Prévoir anesthésiste.",
             "fid": "Prophylaxie ciprofloxacine 500 mg PO 1 h avant. Cesser ASA 5 jours avant.",
             "srs": "Dexaméthasone 4 mg le matin. IRM avec gadolinium (créat 84 le mois dernier)."}[kind])
    c.add("medication")
    if kind == "srs":
        c.add("lab_result")
    ics = G.ics_event(f"{c.rng.getrandbits(40):010x}@{D.DOMAIN}", start, end, f"{what} - {nm}",
                      {"hdr": "Salle de curiethérapie, niveau -1", "fid": "Salle d'intervention 3 (urologie)",
                       "srs": "TDM-Sim 2 et IRM-Sim"}[kind], desc,
                      clerk["email"], c.when.astimezone(dt.timezone.utc).replace(tzinfo=None),
                      attendees=[c.md()["email"], c.box("nurse")[1]])
    body = [c.pick(["Bonjour,", "Bonjour à tous,"]),
            f"{what} cédulée le {c.day(d)} à {c.time(h, 30)}. L'invitation est jointe, merci de l'accepter "
            "pour bloquer vos agendas.", clerk["given"]]
    fn = c.pick(["invite.ics", "rendez-vous.ics", f"{what.split()[0]}_{d.isoformat()}.ics"])
    return c.mail("calendar_booking", "procedure invitation with calendar file", c.who(clerk),
                  [c.box("nurse"), c.who(c.md())], f"Invitation : {what} - {c.day(d)}", body,
                  attachments=[Att(fn, "text/calendar", ics)])


# 14 -----------------------------------------------------------------------------
def insurer_form(c):
    md = c.md()
    sec = c.staff(["secrétaire"])
    p = c.patient(age=(30, 64))
    ins = c.pick([("Assurances Boréal - Réclamations invalidité", "invalidite@assurances-boreal.example"),
                  ("Mutuelle Laurentienne Vie", "reclamations@mutuelle-laurentienne.example")])
    pol = f"{c.rng.randint(100000, 999999)}-{c.rng.randint(10, 99)}"
    nm = f"{p.given} {p.surname}"
    c.pname(p, "full")
    d0 = c.earlier(20, 60)
    kv = [("Nom de l'assuré(e)", nm), ("Date de naissance", c.dob(p, "dmy")),
          ("NAS", c.sin(p, c.pick(["spaced", "plain", "hyphen"]))), ("No de police / certificat", pol),
          ("Diagnostic", c.dx(p)), ("Traitement", f"Radiothérapie {c.rx(p)} débutée le {d0.isoformat()}"),
          ("Limitations", c.pick(["fatigue importante, ne peut conduire sur de longues distances",
                                  "ne peut soulever plus de 5 kg, fatigue", "traitements quotidiens du lundi au vendredi"])),
          ("Retour au travail prévu", c.pick(["à réévaluer dans 8 semaines", "progressif dans 3 mois", "indéterminé"]))]
    pdf = G.pdf_doc("Déclaration du médecin traitant - invalidité de courte durée", [("kv", kv),
                    f"Médecin : {c.dr(md)}, {md['role']}, {D.ORG_FR}"], header=ins[0])
    fn = c.pick([f"Declaration_medecin_{slug(p.surname)}.pdf", f"formulaire_invalidite_{pol}.pdf",
                 "Formulaire assureur complété.pdf"])
    body = [c.pick(["Bonjour,", "Madame, Monsieur,"]),
            f"Veuillez trouver ci-joint la déclaration du médecin traitant complétée par {c.dr(md)} pour "
            f"votre assuré{p.e()}, police {pol}.",
            c.pick(["Les frais de 40 $ seront facturés directement au patient.",
                    "Pour toute question, communiquez avec le secrétariat.", ""])]
    return c.mail("insurer_form", "disability form to insurer with SIN", c.who(sec), [ins],
                  c.pick([f"Déclaration du médecin - police {pol}", "Formulaire d'invalidité complété",
                          f"Réclamation {p.surname} {p.given}"]),
                  [b for b in body if b], attachments=[Att(fn, "application/pdf", pdf)], sig=c.sig(sec))


# 15 -----------------------------------------------------------------------------
def peds_anesthesia(c):
    md = c.md()
    nurse = c.staff(["pivot", "infirmière"])
    p = c.patient(site="peds", nam=True)
    nm = c.pname(p, c.pick(["full", "upper_sur", "sur_given"]))
    parent = c.pick(["Mère", "Père"])
    pgiven = c.pick(["Julie", "Karine", "Mélanie"] if parent == "Mère" else ["Sébastien", "Patrick", "Yannick"])
    d = c.later(3, 8)
    lines = [f"Enfant : {nm}, {p.age} ans", f"DDN : {c.dob(p, 'iso')}  Sexe : {c.sex(p)}",
             f"NAM : {c.nam(p)}", f"Dx : {c.dx(p)}", f"Traitement : {c.rx(p)}, {c.tech(p)}",
             f"Début : {c.day(d)}, plage de 7 h 30 tous les matins (à jeun)",
             f"{parent} : {pgiven} {p.surname}, {c.phone(p)}"]
    body = [c.pick(["Bonjour l'équipe d'anesthésie,", "Bonjour Dr Mailhot,"]),
            "Voici les informations pour la planification des anesthésies quotidiennes en radiothérapie :",
            "\n".join(lines)]
    if c.chance(0.5):
        body.append("Situation familiale : dossier suivi par la DPJ, la mère a la garde exclusive. "
                    "Le père ne doit pas recevoir d'information ni venir chercher l'enfant.")
        c.add("social_information")
    body.append(c.pick(["Le port-a-cath est en place. Merci!", "Simulation sous sédation prévue la veille.",
                        "Nous pouvons en discuter à la réunion de jeudi."]))
    return c.mail("peds_anesthesia", "paediatric daily anaesthesia planning", c.who(nurse),
                  [("Anesthésie pédiatrique", "anesthesie.pediatrique@" + D.DOMAIN)],
                  c.pick(["AG quotidienne radiothérapie - planification", f"Radiothérapie sous AG - {p.given}",
                          "Nouvel enfant en radiothérapie"]),
                  body, cc=[c.who(md)], sig=c.sig(nurse))


# 16 -----------------------------------------------------------------------------
def mrn_only(c):
    md = c.md()
    nurse = c.staff(["infirmière", "technologue"])
    p = c.patient(site=c.pick(["hn", "breast", "rectum", "prostate", "lung"]))
    mrn = c.mrn(p, c.pick(["plain", "hyphen", "spaced", "prefixed", "fullwidth", "slash"]))
    tox = c.tox(p)
    med = c.med(p)
    fx = c.rng.randint(5, 30)
    variants = [
        [f"Dossier {mrn} : {tox} ce matin à la fx {fx}. J'ai remis {med}. À voir à ta clinique jeudi ?"],
        [f"Pour le {mrn} —", f"{cap(tox)}. Poids stable. Rx en cours : {med}.",
         "On poursuit les traitements, pas d'arrêt."],
        [f"Petite note sur le dossier {mrn}: la personne a beaucoup pleuré au poste, {tox}. "
         f"{med} à renouveler svp.", "Merci"],
    ]
    body = c.pick(variants)
    subj = c.pick([f"Dossier {mrn}", "Question tox", f"{mrn} - à revoir", "Suivi au poste de traitement"])
    return c.mail("chart_number_note", "short note identifying patient by chart number only", c.who(nurse),
                  [c.who(md)], subj, body, sig=c.pick([None, nurse["given"]]))


# 17 -----------------------------------------------------------------------------
def europe_billing(c):
    clerk = c.staff(["agente"])
    origin = ["be", "fr", "be"][getattr(c, "variant", 0) % 3]
    site = c.pick(["bonemets", "breast", "prostate", "skin"])
    p = c.patient(site=site, origin=origin)
    nm = c.pname(p, c.pick(["upper_sur", "title_full", "full"]))
    if origin == "be":
        ident = ("NISS", c.niss(p))
        payer = "sa mutualité (Mutualité Saint-Hubert, Liège)"
    else:
        ident = ("NIR", c.nir(p))
        payer = "la CPAM du Rhône (formulaire SE 401-Q-106)"
    body = [c.pick(["Bonjour,", "Bonjour à l'équipe de la facturation,"]),
            f"{nm}, né{p.e()} le {c.dob(p, 'long')}, de passage au Québec, a été traité{p.e()} "
            f"chez nous pour {c.dx(p)} ({c.rx(p)}).",
            f"{ident[0]} : {ident[1]}",
            f"{cap(p.pron('fr'))} n'est pas couvert{p.e()} par la RAMQ ; la facture doit être adressée à {payer}. "
            f"Pouvez-vous ouvrir un dossier patient non-résident ?",
            c.pick(["Copie du passeport au dossier.", "Le consentement à la facturation est signé.", ""])]
    if c.chance(0.5):
        body.insert(3, f"Adresse en {'Belgique' if origin == 'be' else 'France'} : "
                       f"{c.rng.randint(2, 90)}, {'rue de la Station, 4000 Liège' if origin == 'be' else 'rue Garibaldi, 69006 Lyon'}")
        c.add("patient_contact")
    return c.mail("nonresident_billing", "billing set-up for a European non-resident patient", c.who(clerk),
                  [("Facturation patients non-résidents", "facturation.nonresidents@" + D.DOMAIN)],
                  c.pick(["Patient non-résident - facturation", f"Facturation - {p.surname}",
                          "Ouverture dossier non-résident"]), [b for b in body if b], sig=c.sig(clerk))


# 18 -----------------------------------------------------------------------------
def records_zip(c):
    arch = c.staff(["agente", "secrétaire"])
    md = c.md()
    p = c.patient(nam=True)
    c.pname(p, "upper_sur")
    mrn = p.mrn
    c.mrn(p, "plain")
    dob = c.dob(p, "iso")
    kv = [("Patient", f"{p.surname.upper()}, {p.given}"), ("Sexe", c.sex(p)), ("DDN", dob),
          ("NAM", c.nam(p, "plain")), ("Dossier", mrn)]
    summ = G.pdf_doc("Résumé de fin de traitement - radio-oncologie",
                     [("kv", kv), f"Diagnostic : {c.dx(p)}", f"Traitement reçu : {c.rx(p)}, {c.tech(p)}",
                      f"Tolérance : {c.tox(p)}.", f"Suivi : {c.img(p)} dans 3 mois, puis clinique.",
                      f"{c.dr(md)}"], header=f"{D.ORG_FR} - {D.DEPT_FR}")
    csvt = G.csv_text(["date", "fraction", "dose_Gy", "appareil"],
                      [((c.earlier(40, 60) + dt.timedelta(days=k)).isoformat(), k + 1, "2.00", c.pick(D.UNITS[:3]))
                       for k in range(c.rng.randint(4, 8))], sep=";")
    csvt = f"# {p.surname.upper()} {p.given} - {mrn}\r\n" + csvt
    zname = c.pick([f"dossier_{mrn}.zip", f"transfert_{slug(p.surname)}.zip", "documents_demandes.zip"])
    z = G.zip_pack([("resume_fin_traitement.pdf", summ), ("historique_fractions.csv", csvt.encode("utf-8"))])
    dest = c.pick([("Archives - Hôpital de la Baie-Sud", "archives@hopital-baiesud.example"),
                   ("Centre de cancérologie de l'Estuaire", "dossiers@cc-estuaire.example")])
    body = [c.pick(["Bonjour,", "Bonjour madame,"]),
            "Suite à votre demande d'accès (consentement signé reçu le "
            f"{c.date(c.earlier(3, 10), 'dmy')}), vous trouverez ci-joint les documents demandés.",
            "Le mot de passe de l'archive vous sera transmis par téléphone." if c.chance(0.3)
            else "Merci de confirmer la réception."]
    return c.mail("records_transfer", "medical records transfer with zip archive", c.who(arch), [dest],
                  c.pick(["Transfert de dossier", "Demande d'accès - documents", f"Documents - dossier {mrn}"]),
                  body, attachments=[Att(zname, "application/zip", z)], sig=c.sig(arch))


# 19 -----------------------------------------------------------------------------
def pacemaker(c):
    phys = c.staff(["physicien"])
    md = c.md()
    p = c.patient(site=c.pick(["breast", "lung", "prostate", "hn"]), age=(60, 90))
    nm = c.pname(p, c.pick(["title_full", "upper_sur"]))
    dev = c.pick(["stimulateur double chambre", "défibrillateur (DCI)", "stimulateur simple chambre"])
    serial = f"{c.pick(['PJN', 'RBX', 'CVT'])}{c.rng.randint(100000, 999999)}"
    dose = c.pick(["< 0,5 Gy", "environ 1,2 Gy", "2,4 Gy (au-dessus du seuil de 2 Gy)"])
    c.add("diagnosis")
    body = [f"Bonjour {c.dr(md, short=True)},",
            f"{nm} ({c.mrn(p)}) est {'porteuse' if p.sex == 'F' else 'porteur'} d'un {dev} "
            f"(no de série {serial}) pour {c.pick(['BAV complet', 'maladie du sinus', 'TV soutenue'])}. "
            f"Traitement prévu : {c.rx(p)} pour {c.dx(p)}.",
            f"Dose estimée au boîtier : {dose}. Selon notre procédure, "
            + ("catégorie à risque élevé : interrogation avant, hebdomadaire et après, aimant disponible au poste."
               if "2,4" in dose else "interrogation avant et après le traitement suffit."),
            "Peux-tu faire la demande à la clinique de cardiostimulation ?"]
    return c.mail("cardiac_device", "cardiac device management before radiotherapy", c.who(phys),
                  [c.who(md)], c.pick(["Patient porteur de stimulateur", f"Stimulateur - {p.surname}",
                                       "CIED - dose au boîtier"]), body, sig=c.sig(phys))


# 20 -----------------------------------------------------------------------------
def eml_attached(c):
    nurse = c.staff(["pivot", "infirmière"])
    gp = c.person(D.OTHER_MDS, 3)
    p = c.patient()
    t0 = c.past(24, 120)
    inner_lines = [f"Bonjour,",
                   f"Je vous écris au sujet de {c.pname(p, c.pick(['title_full', 'full']))}, "
                   f"né{p.e()} le {c.dob(p, 'long')}, que je suis en GMF.",
                   f"Depuis la fin de sa radiothérapie pour {c.dx(p)}, {p.pron('fr')} présente "
                   f"{c.tox(p)}. J'ai débuté {c.med(p)}.",
                   "Pourriez-vous devancer son rendez-vous de suivi ? Merci.",
                   f"{c.dr(gp)}\nGMF des Trois-Rivières-Sud\n819-555-0147"]
    gpaddr = f"{slug(gp['given'])}.{slug(gp['surname'])}@gmf-troisrivieres-sud.example"
    inner = Mail(lang="fr", category="", note="", sender=(c.dr(gp), gpaddr),
                 to=[c.box("nurse")], subject=c.pick(["Suivi post-radiothérapie", f"Patient{p.e()} {p.surname}"]),
                 blocks=inner_lines)
    inner.date = t0
    inner.msgid = c.msgid("gmf-troisrivieres-sud.example")
    raw = c.nested(inner, "N%d" % c.idx)
    fn = c.pick(["Suivi post-radiothérapie.eml", "message_GMF.eml", f"{slug(p.surname)}.eml"])
    md = c.md()
    body = [f"Bonjour {c.dr(md, short=True)},",
            c.pick(["Voir le courriel ci-joint reçu du GMF. Veux-tu que je devance son rendez-vous ?",
                    "Je te transfère le message du médecin de famille, à voir.",
                    "Message reçu dans la boîte des infirmières, je te le joins tel quel."])]
    return c.mail("forwarded_attachment", "GP message forwarded as attached email", c.who(nurse), [c.who(md)],
                  c.pick(["TR: Suivi post-radiothérapie", "Message du GMF", "À voir svp"]), body,
                  attachments=[Att(fn, "message/rfc822", raw)], sig=c.sig(nurse))


POS_FR2 = [(social_work_ref, 3), (cbc_followup, 3), (ics_booking, 3), (insurer_form, 3),
           (peds_anesthesia, 3), (mrn_only, 3), (europe_billing, 3), (records_zip, 3),
           (pacemaker, 3), (eml_attached, 3)]
