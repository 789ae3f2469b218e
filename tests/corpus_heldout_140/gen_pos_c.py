"""Positive messages, part C: social situations, forms with identifiers, attached mail, ZIP, lists."""
import datetime

from gen_attach import make_csv, make_docx, make_pdf, make_xlsx, make_zip
from gen_common import (ORG, Att, fmt_dob, fmt_mrn, fmt_niss, fmt_nir, fmt_ohip, fmt_sin, make_niss,
                        make_nir, make_ohip, make_sin, name_style, signature, greet)
from gen_pos_a import addr_line, id_lines, use_patient
from gen_pos_b import pr
from gen_tpl import (datestr, dx, earlier, fileslug, later_day, med, new, partner, sal, who, forwarded)
from gen_common import Msg


# --------------------------------------------------------------------------
# suspected elder abuse
# --------------------------------------------------------------------------

def p_abuse(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient("senior", nam=ctx.chance(0.3))
    m = new(ctx, "pos", "elder_abuse", "suspected financial abuse of an older client")
    sw = ctx.staff(ctx.pick(["dionne", "oneill"]))
    boss = ctx.staff(ctx.pick(["lemay", "desautels"]))
    m.sender, m.to = who(sw), [who(boss)]
    m.types |= {"social_information", "diagnosis"}
    ids = id_lines(ctx, m, p, dob=ctx.chance(0.4))
    x = pr(ctx, p)
    if fr:
        lines = [greet(ctx, boss["given"]), "", "Je dois déclencher le processus d'intervention concerté (PIC) pour :",
                 *ids, addr_line(ctx, m, p, phone=False),
                 f"{dx(ctx, 'ncd')} (MMSE 18/30). Le neveu qui habite au sous-sol gère ses cartes bancaires; "
                 "3 retraits de 900 $ la semaine dernière, frigo vide à ma visite, factures d'Hydro impayées.",
                 f"{x['Il']} dit avoir peur de lui et m'a demandé de ne rien dire. Pas de mandat de protection homologué.",
                 "J'ai informé la ligne Aide Abus Aînés et je propose une rencontre avec le Curateur public.",
                 "", sal(ctx), "", signature(ctx, sw)]
        m.subject = ctx.pick(["Situation de maltraitance financière — PIC", "Confidentiel — situation de maltraitance",
                              f"Maltraitance — {name_style(ctx, p, 'initial')}"])
    else:
        lines = [greet(ctx, boss["given"]), "", "I need to open a concerted intervention process (PIC) for:",
                 *ids, addr_line(ctx, m, p, phone=False),
                 f"{dx(ctx, 'ncd')} (MMSE 18/30). The nephew living in the basement handles {x['his']} bank cards; "
                 "3 withdrawals of $900 last week, empty fridge at my visit, unpaid hydro bills.",
                 f"{x['Il']} says {x['il']} is afraid of him and asked me not to say anything. No homologated protection mandate.",
                 "I called the Elder Abuse helpline and suggest a meeting with the Public Curator.",
                 "", sal(ctx), "", signature(ctx, sw)]
        m.subject = ctx.pick(["Financial abuse situation - PIC", "Confidential - abuse situation",
                              f"Abuse - {name_style(ctx, p, 'initial')}"])
    m.types.add("lab_result")  # MMSE score
    m.text = "\n".join(lines)
    return m


# --------------------------------------------------------------------------
# income / disability form with SIN
# --------------------------------------------------------------------------

def p_sin(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient(ctx.pick(["adult", "adult", "senior"]), nam=ctx.chance(0.4))
    m = new(ctx, "pos", "benefit_form", "income support / disability form with SIN")
    sw = ctx.staff(ctx.pick(["dionne", "oneill"]))
    m.sender = who(sw)
    m.to = [(("Aide financière de dernier recours" if fr else "Social assistance office"),
             f"formulaires@mess-agent.example")] if ctx.chance(0.5) else [who(ctx.staff("vezina"))]
    sin = make_sin(ctx.rng)
    m.ids.append(("ca_sin", sin))
    m.types |= {"ca_sin", "social_information", "diagnosis", "patient_contact"}
    ids = id_lines(ctx, m, p, dob=True)
    sinf = fmt_sin(sin, ctx.pick(["space", "dash", "plain", "dot", "wide"]))
    where = ctx.pick(["body", "docx", "pdf"])
    if fr:
        form = [*ids, f"NAS : {sinf}", addr_line(ctx, m, p),
                f"Condition médicale : {dx(ctx, ctx.pick(['ms', 'para', 'dep', 'als']))}",
                "Contraintes sévères à l'emploi : oui (rapport médical SR-2100 joint par le médecin)",
                "Revenus : aucun depuis la fin des prestations d'assurance-emploi; loyer 740 $/mois, 2 enfants à charge."]
        m.subject = ctx.pick(["Demande de contraintes sévères à l'emploi", "Formulaire aide sociale",
                              f"Dossier {name_style(ctx, p, 'upper_comma')} — formulaire"])
        lead = "Voici la demande complétée avec le client lors de la visite d'hier."
    else:
        form = [*ids, f"SIN: {sinf}", addr_line(ctx, m, p),
                f"Medical condition: {dx(ctx, ctx.pick(['ms', 'para', 'dep', 'als']))}",
                "Severely limited capacity for employment: yes (medical report SR-2100 sent by the physician)",
                "Income: none since EI benefits ended; rent $740/month, 2 dependent children."]
        m.subject = ctx.pick(["Severely limited capacity application", "Social assistance form",
                              f"File {name_style(ctx, p, 'upper_comma')} - form"])
        lead = "Here is the application completed with the client during yesterday's visit."
    if where == "body":
        m.text = "\n".join([greet(ctx), "", lead, "", *form, "", sal(ctx), "", signature(ctx, sw)])
    else:
        title = "Demande — contraintes sévères à l'emploi" if fr else "Application - severely limited capacity"
        data = make_docx(title, form, author=sw["name"]) if where == "docx" else make_pdf(title, form)
        m.atts.append(Att(ctx.pick([f"formulaire_{fileslug(p['surname'])}.{where}", f"SR-2100_{p['surname']}.{where}",
                                    f"demande.{where}"]), where, data))
        m.text = "\n".join([greet(ctx), "", lead + (" (pièce jointe)" if fr else " (attached)"), "", sal(ctx), "",
                            signature(ctx, sw)])
    return m


# --------------------------------------------------------------------------
# transfer of care with an Ontario health number
# --------------------------------------------------------------------------

def p_ontario(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient(ctx.pick(["senior", "adult"]), nam=False)
    m = new(ctx, "pos", "transfer_ontario", "transfer of home care from Ontario, OHIP number")
    a = ctx.staff(ctx.pick(["leduc", "benali", "st_onge"]))
    m.sender = partner("ont", "intake", "Care Coordination - Riverside") if ctx.chance(0.5) else who(a)
    m.to = [who(a)] if m.sender[1].endswith("riversidehc.example") else [partner("ont", "intake", "Riverside Intake")]
    num, vc = make_ohip(ctx.rng)
    m.ids.append(("ca_health_number", num))
    m.types |= {"ca_health_number", "diagnosis", "medication", "patient_contact"}
    ids = id_lines(ctx, m, p, dob=True, nam=False)
    oh = fmt_ohip(num, vc, ctx.pick(["dash", "space", "plain"]))
    if fr:
        lines = [greet(ctx), "", f"Transfert de services : {'la cliente' if p['sex'] == 'F' else 'le client'} déménage d'Ottawa chez sa fille dans votre territoire.",
                 *ids, f"No carte santé Ontario : {oh}", addr_line(ctx, m, p),
                 f"Dx : {dx(ctx, 'hf')}, {dx(ctx, 'dm2')}", f"Rx : {med(ctx, 'furo')}, {med(ctx, 'glar')}",
                 "Services actuels : infirmière 2x/sem., préposé(e) 5x/sem. La couverture OHIP reste valide 3 mois.",
                 "", sal(ctx), "", signature(ctx, a) if m.sender[1] == a["email"] else "Riverside Home and Community Care — 613 555-0181"]
        m.subject = ctx.pick(["Transfert de dossier — Ontario", "Transfert interprovincial SAD", "Client de l'Ontario"])
    else:
        lines = [greet(ctx), "", f"Transfer of services: the client is moving from Ottawa to {pr(ctx, p)['his']} daughter's in your territory.",
                 *ids, f"Ontario health card: {oh}", addr_line(ctx, m, p),
                 f"Dx: {dx(ctx, 'hf')}, {dx(ctx, 'dm2')}", f"Meds: {med(ctx, 'furo')}, {med(ctx, 'glar')}",
                 "Current services: nursing twice a week, PSW 5x/week. OHIP coverage remains valid for 3 months.",
                 "", sal(ctx), "", signature(ctx, a) if m.sender[1] == a["email"] else "Riverside Home and Community Care - 613 555-0181"]
        m.subject = ctx.pick(["Transfer of care - Ontario", "Interprovincial home care transfer", "Client from Ontario"])
    m.text = "\n".join(lines)
    return m


# --------------------------------------------------------------------------
# Belgian visitor (NISS) / French retiree (NIR)
# --------------------------------------------------------------------------

def p_belgian(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient("senior", nam=False)
    m = new(ctx, "pos", "foreign_insurance_be", "Belgian mutual insurer claim, NISS")
    a = ctx.staff(ctx.pick(["vezina", "dionne", "lachance"]))
    m.sender, m.to = who(a), [partner("mut", "soins-etranger", "Mutualité Saint-Lambert")]
    niss = make_niss(ctx.rng, p["dob"], p["sex"])
    m.ids.append(("be_niss", niss))
    m.types |= {"be_niss", "diagnosis", "medication"}
    ids = id_lines(ctx, m, p, dob=True, nam=False)
    nf = fmt_niss(niss, ctx.pick(["std", "plain", "space"]))
    if fr:
        lines = ["Madame, Monsieur,", "",
                 f"Votre affilié{pr(ctx, p)['e']} séjourne chez sa fille au Québec depuis janvier et reçoit des soins infirmiers à domicile de notre CLSC.",
                 *ids, f"NISS : {nf}",
                 f"Soins : {dx(ctx, 'ulcer')}, pansements 3x/semaine; {med(ctx, 'apix')}.",
                 "Pourriez-vous nous confirmer la prise en charge des frais (formulaire de remboursement ci-dessous) ?",
                 "", "Veuillez agréer nos salutations distinguées.", "", signature(ctx, a)]
        m.subject = ctx.pick(["Prise en charge — affiliée en séjour au Canada", f"NISS {nf} — soins à domicile",
                              "Demande de remboursement soins infirmiers"])
    else:
        lines = ["Dear Sir or Madam,", "",
                 f"Your member has been staying with {pr(ctx, p)['his']} daughter in Quebec since January and receives home nursing from our CLSC.",
                 *ids, f"Belgian national number (NISS): {nf}",
                 f"Care: {dx(ctx, 'ulcer')}, dressings 3x/week; {med(ctx, 'apix')}.",
                 "Could you confirm coverage of the costs (reimbursement form below)?",
                 "", "Kind regards,", "", signature(ctx, a)]
        m.subject = ctx.pick(["Coverage - member staying in Canada", "Home nursing reimbursement request"])
    m.text = "\n".join(lines)
    return m


def p_french(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient("senior", nam=False)
    m = new(ctx, "pos", "foreign_insurance_fr", "French health insurance claim, NIR")
    a = ctx.staff(ctx.pick(["vezina", "dionne"]))
    m.sender, m.to = who(a), [partner("cam", "relations-internationales", "CAM du Val-de-Sèvre")]
    nir = make_nir(ctx.rng, p["dob"], p["sex"])
    m.ids.append(("fr_nir", nir))
    m.types |= {"fr_nir", "diagnosis", "social_information"}
    ids = id_lines(ctx, m, p, dob=True, nam=False, style="upper_comma")
    nf = fmt_nir(nir, ctx.pick(["space", "plain", "key"]))
    where = ctx.pick(["body", "pdf"])
    if fr:
        detail = [*ids, f"N° de sécurité sociale : {nf}",
                  f"Motif : {dx(ctx, 'hip')}, soins infirmiers et physiothérapie à domicile depuis le retour de l'hôpital.",
                  "Situation : retraité(e) français(e) résidant au Québec 6 mois par an, non admissible à la RAMQ; "
                  "vit seul(e), sans réseau."]
        m.subject = ctx.pick(["Assuré en séjour au Canada — attestation de droits", "Demande d'attestation — soins à domicile"])
        lead = "Nous sollicitons une attestation de droits (formulaire SE 401-Q-102) pour l'assuré(e) suivant(e) :"
    else:
        detail = [*ids, f"French social security number (NIR): {nf}",
                  f"Reason: {dx(ctx, 'hip')}, home nursing and physiotherapy since hospital discharge.",
                  "Situation: French retiree living in Quebec 6 months a year, not eligible for RAMQ; lives alone, no support network."]
        m.subject = "Insured person staying in Canada - proof of coverage"
        lead = "We request proof of coverage (form SE 401-Q-102) for the following insured person:"
    if where == "body":
        m.text = "\n".join(["Madame, Monsieur," if fr else "Dear Sir or Madam,", "", lead, "", *detail, "",
                            sal(ctx), "", signature(ctx, a)])
    else:
        m.atts.append(Att("SE401Q102.pdf" if ctx.chance(0.5) else f"attestation_{fileslug(p['surname'])}.pdf", "pdf",
                          make_pdf("SE 401-Q-102", detail)))
        m.text = "\n".join(["Madame, Monsieur," if fr else "Dear Sir or Madam,", "", lead + (" voir pièce jointe." if fr else " see attachment."),
                            "", sal(ctx), "", signature(ctx, a)])
    return m


# --------------------------------------------------------------------------
# attached message/rfc822 from the hospital
# --------------------------------------------------------------------------

def p_eml(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient(ctx.pick(["senior", "adult"]), nam=ctx.chance(0.5))
    m = new(ctx, "pos", "attached_email", "forwarded hospital mail attached as .eml")
    a = ctx.staff(ctx.pick(["benali", "leduc"]))
    b = ctx.staff(ctx.pick(["lachance", "kim", "rahimi", "raman"]))
    m.sender, m.to = who(a), [who(b)]
    m.types |= {"diagnosis", "medication", "lab_result"}
    inner = Msg(kind="pos", category="inner", lang=ctx.lang)
    t0 = earlier(ctx, 4, 40)
    inner.date = t0
    inner.msgid = f"<{t0:%Y%m%d%H%M%S}.{ctx.rng.randrange(10**8):08d}@{ORG['hosp_dom']}>"
    inner.sender = ("Urgence HRLH" if fr else "HRLH Emergency", f"urgence@{ORG['hosp_dom']}")
    inner.to = [who(a)]
    ids = id_lines(ctx, m, p, dob=ctx.chance(0.6), mrn=True)
    if fr:
        inner.subject = "Congé de l'urgence — suivi SAD requis"
        inner.text = "\n".join(["Bonjour,", "", "Patient(e) vu(e) à l'urgence cette nuit, retour à domicile ce matin.", *ids,
                                f"Dx : cellulite autour d'un {dx(ctx, 'ulcer')}", "Labos : GB 13,2, CRP 88, créat. 97",
                                f"Rx : céphalexine (Keflex) 500 mg QID x 10 jours; poursuivre {med(ctx, 'apix')}",
                                "Demande : évaluation de la plaie à 48 h par le SAD.", "", "Urgence — HRLH"])
        m.subject = ctx.pick(["TR: Congé de l'urgence", "À voir — congé urgence cette nuit", "Fwd: suivi SAD requis"])
        m.text = "\n".join([greet(ctx, b["given"]), "", "Courriel de l'urgence ci-joint, c'est dans ton secteur. Visite jeudi svp.",
                            "", signature(ctx, a)])
    else:
        inner.subject = "ED discharge - home care follow-up required"
        inner.text = "\n".join(["Hello,", "", "Patient seen in the ED overnight, sent home this morning.", *ids,
                                f"Dx: cellulitis around a {dx(ctx, 'ulcer')}", "Labs: WBC 13.2, CRP 88, creat 97",
                                f"Meds: cephalexin (Keflex) 500 mg QID x 10 days; continue {med(ctx, 'apix')}",
                                "Request: wound assessment at 48 h by home care.", "", "Emergency Department - HRLH"])
        m.subject = ctx.pick(["FW: ED discharge", "Please see - ED discharge overnight", "Fwd: home care follow-up"])
        m.text = "\n".join([greet(ctx, b["given"]), "", "ED e-mail attached, it's in your sector. Visit on Thursday please.",
                            "", signature(ctx, a)])
    fn = ctx.pick(["message.eml", f"{inner.subject[:30].strip()}.eml", "urgence.eml" if fr else "ED.eml"])
    m.atts.append(Att(fn, "eml", inner))
    return m


# --------------------------------------------------------------------------
# ZIP of transfer documents
# --------------------------------------------------------------------------

def p_zip(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient(ctx.pick(["senior", "adult"]), nam=ctx.chance(0.6))
    m = new(ctx, "pos", "zip_transfer", "zipped transfer documents for a client")
    a = ctx.staff(ctx.pick(["leduc", "vezina", "benali"]))
    m.sender = who(a)
    m.to = [("CLSC des Deux-Rives — SAD" if fr else "Deux-Rives CLSC - Home Care", "sad.deuxrives@cisss-autreregion.example")]
    m.types |= {"diagnosis", "medication", "lab_result"}
    ids = id_lines(ctx, m, p, dob=True)
    rows = [["date", "glycemie_AC", "glycemie_HS", "insuline_u"] if fr else ["date", "glucose_AC", "glucose_HS", "insulin_units"]]
    d = ctx.now.date() - datetime.timedelta(days=7)
    for i in range(7):
        rows.append([(d + datetime.timedelta(days=i)).isoformat(), f"{ctx.rng.randrange(55, 140) / 10:.1f}",
                     f"{ctx.rng.randrange(70, 190) / 10:.1f}", str(16 + i // 3)])
    summary = [*ids, ("Dx : " if fr else "Dx: ") + f"{dx(ctx, 'dm2')}, {dx(ctx, 'ckd')}",
               ("Rx : " if fr else "Meds: ") + f"{med(ctx, 'glar')}, {med(ctx, 'pant')}",
               ("Dernière HbA1c : 8,4 % ; DFGe 24" if fr else "Last HbA1c: 8.4%; eGFR 24")]
    pdf = make_pdf("Sommaire de transfert" if fr else "Transfer summary", summary)
    members = [("sommaire_transfert.pdf" if fr else "transfer_summary.pdf", pdf),
               ("glycemies.csv" if fr else "glucose_log.csv", make_csv(rows))]
    zname = ctx.pick([f"transfert_{fileslug(p['surname'])}.zip", "dossier_transfert.zip" if fr else "transfer_file.zip"])
    m.atts.append(Att(zname, "zip", make_zip(members)))
    if fr:
        m.subject = ctx.pick(["Transfert de dossier SAD", "Documents de transfert — déménagement de client"])
        m.text = "\n".join([greet(ctx), "", "Notre client(e) déménage dans votre territoire le mois prochain. "
                            "Vous trouverez le sommaire et le relevé de glycémies dans le fichier compressé.",
                            "Mot de passe transmis par téléphone.", "", sal(ctx), "", signature(ctx, a)])
    else:
        m.subject = ctx.pick(["Home care file transfer", "Transfer documents - client moving"])
        m.text = "\n".join([greet(ctx), "", "Our client is moving into your territory next month. "
                            "The summary and glucose log are in the zip file.", "Password given by phone.",
                            "", sal(ctx), "", signature(ctx, a)])
    return m


# --------------------------------------------------------------------------
# weekend sign-out roster
# --------------------------------------------------------------------------

def p_signout(ctx):
    fr = ctx.lang == "fr"
    m = new(ctx, "pos", "weekend_signout", "weekend on-call sign-out roster")
    a = ctx.staff(ctx.pick(["benali", "leduc"]))
    b = ctx.staff(ctx.pick(["rahimi", "kim", "lachance"]))
    m.sender, m.to = who(a), [who(b)]
    m.types |= {"patient_name"}
    D, M, L, S = "diagnosis", "medication", "lab_result", "social_information"
    items_fr = [("PICC, ertapénem IV q24h (pied diabétique), fin prévue lundi", {D, M}),
                ("INR 4,1 vendredi, Coumadin suspendu, recontrôle dimanche", {L, M}),
                ("palliatif (néo pancréas), hydromorphone s/c, famille épuisée", {D, M, S}),
                ("K 5,9 jeudi, furosémide augmenté, refaire labos samedi", {L, M}),
                ("plaie sacrum stade 3, Aquacel Ag q3j", {D}),
                ("glycémies 2,9 à 19 cette semaine, Lantus 22 u", {L, M}),
                ("sonde urinaire bloquée mercredi, rétention", {D})]
    items_en = [("PICC, ertapenem IV q24h (diabetic foot), ends Monday", {D, M}),
                ("INR 4.1 Friday, Coumadin held, recheck Sunday", {L, M}),
                ("palliative (pancreatic ca), SC hydromorphone, family exhausted", {D, M, S}),
                ("K 5.9 Thursday, furosemide increased, repeat labs Saturday", {L, M}),
                ("stage 3 sacral wound, Aquacel Ag q3d", {D}),
                ("sugars 2.9 to 19 this week, Lantus 22 units", {L, M}),
                ("Foley blocked Wednesday, retention", {D})]
    chosen = ctx.sample(items_fr if fr else items_en, 5)
    items = [c[0] for c in chosen]
    for _, tt in chosen:
        m.types |= tt
    lines = []
    for i, it in enumerate(items):
        p = ctx.patient(ctx.pick(["senior", "adult"]))
        m.names.append(p["full"])
        sect = ctx.rng.randrange(1, 6)
        lines.append(f"S{sect} | {name_style(ctx, p, ctx.pick(['upper_comma', 'sur_given', 'lower', 'initial']))} | {it}")
    if fr:
        m.subject = ctx.pick(["Garde fin de semaine — clients à surveiller", "Liste de garde SAD", "Passation de fin de semaine"])
        m.text = "\n".join([greet(ctx, b["given"]), "", "Clients à surveiller en fin de semaine :", "", *lines, "",
                            "Téléavertisseur de garde : 450 555-0119.", "", signature(ctx, a)])
    else:
        m.subject = ctx.pick(["Weekend on-call - clients to watch", "Home care on-call list", "Weekend handover"])
        m.text = "\n".join([greet(ctx, b["given"]), "", "Clients to watch this weekend:", "", *lines, "",
                            "On-call pager: 450 555-0119.", "", signature(ctx, a)])
    return m


# --------------------------------------------------------------------------
# long-term care placement (hébergement)
# --------------------------------------------------------------------------

def p_placement(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient("senior", nam=ctx.chance(0.8))
    m = new(ctx, "pos", "placement_request", "long-term care placement request")
    sw = ctx.staff(ctx.pick(["dionne", "oneill"]))
    m.sender = who(sw)
    m.to = [("Mécanisme d'accès à l'hébergement" if fr else "LTC access office", f"mah@{ORG['dom']}")]
    m.types |= {"diagnosis", "social_information"}
    ids = id_lines(ctx, m, p, dob=True)
    where = ctx.pick(["body", "xlsx", "docx"])
    if ctx.chance(0.5):
        sin = make_sin(ctx.rng)
        m.ids.append(("ca_sin", sin))
        m.types.add("ca_sin")
        sf = fmt_sin(sin, ctx.pick(["space", "dash", "plain"]))
        ids.append(f"NAS : {sf} (calcul de la contribution)" if fr else f"SIN: {sf} (for the contribution assessment)")
    if fr:
        det = [*ids, f"Diagnostics : {dx(ctx, 'ncd')}, {dx(ctx, ctx.pick(['pd', 'copd', 'hf']))}",
               "Profil Iso-SMAF : 10 (OEMC à jour le mois dernier)",
               "Milieu : conjoint de 88 ans, lui-même en perte d'autonomie; maison à vendre, fils à Calgary.",
               "Services actuels : 21 h/sem. d'aide à domicile, centre de jour 2x/sem.",
               "Préférence : CHSLD de Lac-aux-Hérons (proximité du conjoint)."]
        m.subject = ctx.pick(["Demande d'hébergement CHSLD", "Demande au MAH — profil 10", "Hébergement — dossier prioritaire"])
        lead = "Je dépose une demande d'hébergement :"
    else:
        det = [*ids, f"Diagnoses: {dx(ctx, 'ncd')}, {dx(ctx, ctx.pick(['pd', 'copd', 'hf']))}",
               "Iso-SMAF profile: 10 (OEMC updated last month)",
               "Home situation: 88-year-old spouse, himself losing autonomy; house for sale, son in Calgary.",
               "Current services: 21 h/week home support, day centre twice a week.",
               "Preference: Lac-aux-Hérons CHSLD (close to spouse)."]
        m.subject = ctx.pick(["LTC placement request", "Placement request - profile 10", "LTC - priority file"])
        lead = "Submitting a long-term care placement request:"
    if where == "body":
        m.text = "\n".join([greet(ctx), "", lead, "", *det, "", sal(ctx), "", signature(ctx, sw)])
    elif where == "xlsx":
        rows = [["Champ" if fr else "Field", "Valeur" if fr else "Value"]] + [l.split(":", 1) if ":" in l else [l, ""] for l in det]
        rows = [[c.strip() for c in r] for r in rows]
        m.atts.append(Att("demande_hebergement.xlsx" if fr else "placement_request.xlsx", "xlsx", make_xlsx([("MAH", rows)])))
        m.text = "\n".join([greet(ctx), "", lead + (" voir le fichier joint." if fr else " see attached file."), "",
                            sal(ctx), "", signature(ctx, sw)])
    else:
        m.atts.append(Att(f"MAH_{p['surname']}_{p['given']}.docx", "docx",
                          make_docx("Demande d'hébergement" if fr else "Placement request", det, author=sw["name"])))
        m.text = "\n".join([greet(ctx), "", lead + (" voir le document joint." if fr else " see attached document."), "",
                            sal(ctx), "", signature(ctx, sw)])
    return m


# --------------------------------------------------------------------------
# meals on wheels referral
# --------------------------------------------------------------------------

def p_popote(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient("senior")
    m = new(ctx, "pos", "meals_referral", "meals-on-wheels referral")
    a = ctx.staff(ctx.pick(["cormier", "dionne", "caouette"]))
    m.sender, m.to = who(a), [partner("popote", "inscriptions")]
    use_patient(m, p)
    m.types |= {"patient_contact", "diagnosis", "social_information"}
    nm = name_style(ctx, p, ctx.pick(["title", "full", "upper_comma"]))
    if fr:
        m.subject = ctx.pick(["Inscription popote roulante", f"Nouvelle inscription — {nm}", "Référence popote"])
        m.text = "\n".join([greet(ctx), "", f"Je vous réfère {nm}, {p['age']} ans.",
                            f"{p['addr']['full']} — {p['phone']}",
                            f"Diète : {dx(ctx, 'dm2')}; dysphagie légère, textures hachées. Allergie aux arachides.",
                            "Vit seul(e) depuis le décès du conjoint, a perdu 6 kg en 3 mois, ne cuisine plus.",
                            "Livraison lundi-mercredi-vendredi svp. Paiement : chèque mensuel.", "", sal(ctx), "",
                            signature(ctx, a)])
    else:
        m.subject = ctx.pick(["Meals on wheels registration", f"New registration - {nm}", "Meals referral"])
        m.text = "\n".join([greet(ctx), "", f"Referring {nm}, age {p['age']}.",
                            f"{p['addr']['full']} - {p['phone']}",
                            f"Diet: {dx(ctx, 'dm2')}; mild dysphagia, minced textures. Peanut allergy.",
                            "Lives alone since the spouse died, lost 6 kg in 3 months, no longer cooks.",
                            "Delivery Mon-Wed-Fri please. Payment: monthly cheque.", "", sal(ctx), "",
                            signature(ctx, a)])
    return m


# --------------------------------------------------------------------------
# home oxygen: oximetry and blood gases
# --------------------------------------------------------------------------

def p_oxygen(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient("senior", nam=ctx.chance(0.6))
    m = new(ctx, "pos", "home_oxygen", "home oxygen renewal with test results")
    a = ctx.staff("ibrahim")
    doc = ctx.phys("achour")
    m.sender, m.to = who(a), [partner("oxy", "prescriptions")]
    m.cc = [(doc["full"], doc["email"])]
    m.types |= {"diagnosis", "lab_result", "medication"}
    ids = id_lines(ctx, m, p, dob=True)
    if fr:
        m.subject = ctx.pick(["Renouvellement O2 à domicile", "Oxygénothérapie — critères", "Gaz artériels pour renouvellement"])
        m.text = "\n".join([greet(ctx), "", "Renouvellement d'oxygénothérapie à domicile :", *ids,
                            f"{dx(ctx, 'copd')}. Gaz artériels AA : pH 7,38, PaO2 52, PaCO2 49. SpO2 repos 86 %.",
                            f"Débit : 2 L/min 24 h/24 par lunette nasale. Poursuivre {med(ctx, 'spir')} et {med(ctx, 'salb')}.",
                            "Fume encore 5 cigarettes/jour — enseignement sécurité O2 refait.", "", sal(ctx), "",
                            signature(ctx, a)])
    else:
        m.subject = ctx.pick(["Home O2 renewal", "Oxygen therapy - criteria", "ABG for renewal"])
        m.text = "\n".join([greet(ctx), "", "Home oxygen renewal:", *ids,
                            f"{dx(ctx, 'copd')}. ABG on room air: pH 7.38, PaO2 52, PaCO2 49. Resting SpO2 86%.",
                            f"Flow: 2 L/min 24 h via nasal cannula. Continue {med(ctx, 'spir')} and {med(ctx, 'salb')}.",
                            "Still smokes 5 cigarettes a day - O2 safety teaching repeated.", "", sal(ctx), "",
                            signature(ctx, a)])
    return m


# --------------------------------------------------------------------------
# IV antibiotics through a PICC line
# --------------------------------------------------------------------------

def p_iv(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient("adult", nam=ctx.chance(0.6))
    m = new(ctx, "pos", "iv_therapy", "home IV antibiotic follow-up with labs")
    a = ctx.staff(ctx.pick(["kim", "lachance", "raman"]))
    m.sender = who(a)
    m.to = [("Clinique d'antibiothérapie IV — HRLH" if fr else "OPAT clinic - HRLH", f"opat@{ORG['hosp_dom']}")]
    m.types |= {"diagnosis", "medication", "lab_result"}
    ids = id_lines(ctx, m, p, dob=ctx.chance(0.5), mrn=True)
    ab = ctx.pick(["erta", "cefa"])
    if fr:
        m.subject = ctx.pick(["Suivi antibiothérapie IV à domicile", "Labos hebdo — PICC", "Résultats FSC/créat."])
        m.text = "\n".join([greet(ctx), "", *ids, f"{dx(ctx, 'osteo')}, sous {med(ctx, ab)} depuis 12 jours via PICC bras G.",
                            "Labos de ce matin : GB 7,8; Hb 121; plaquettes 288; créat. 81; ALT 54; CRP 22 (était 140).",
                            "Site PICC propre, pansement changé, pas de fièvre. Fin prévue dans 30 jours.",
                            "Prochain rendez-vous à la clinique ?", "", sal(ctx), "", signature(ctx, a)])
    else:
        m.subject = ctx.pick(["Home IV antibiotic follow-up", "Weekly labs - PICC", "CBC/creat results"])
        m.text = "\n".join([greet(ctx), "", *ids, f"{dx(ctx, 'osteo')}, on {med(ctx, ab)} for 12 days via left-arm PICC.",
                            "This morning's labs: WBC 7.8; Hb 121; plt 288; creat 81; ALT 54; CRP 22 (was 140).",
                            "PICC site clean, dressing changed, afebrile. Planned end in 30 days.",
                            "When is the next clinic appointment?", "", sal(ctx), "", signature(ctx, a)])
    return m


# --------------------------------------------------------------------------
# missed visit / wellness check
# --------------------------------------------------------------------------

def p_missed(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient("senior")
    m = new(ctx, "pos", "missed_visit", "client not answering, wellness check requested")
    a = ctx.staff(ctx.pick(["caouette", "boisvert", "kim"]))
    b = ctx.staff(ctx.pick(["benali", "leduc"]))
    m.sender, m.to = who(a), [who(b)]
    use_patient(m, p)
    m.types |= {"patient_contact", "diagnosis", "medication", "social_information"}
    nm = name_style(ctx, p, ctx.pick(["title", "upper_comma", "lower", "title_sur"]))
    if fr:
        m.subject = ctx.pick(["URGENT — client ne répond pas", f"{nm} — pas de réponse à la porte", "Visite manquée"])
        m.text = "\n".join([b["given"] + ",", "",
                            f"Pas de réponse chez {nm} ({p['addr']['full']}), auto dans l'entrée, rideaux fermés.",
                            f"Tél. {p['phone']} sonne dans le vide. Diabétique sous insuline ({med(ctx, 'glar')}), vit seul(e).",
                            "Le fils ne répond pas non plus. J'appelle le 911 pour une vérification du bien-être si pas de nouvelles dans 15 min?",
                            "", a["given"], "Envoyé de mon cellulaire"])
    else:
        m.subject = ctx.pick(["URGENT - client not answering", f"{nm} - no answer at door", "Missed visit"])
        m.text = "\n".join([b["given"] + ",", "",
                            f"No answer at {nm}'s ({p['addr']['full']}), car in the driveway, curtains closed.",
                            f"Phone {p['phone']} just rings. Insulin-treated diabetic ({med(ctx, 'glar')}), lives alone.",
                            "Son isn't answering either. Should I call 911 for a wellness check if nothing in 15 min?",
                            "", a["given"], "Sent from my phone"])
    m.mode = "text"
    return m


# --------------------------------------------------------------------------
# private insurer claim after surgery
# --------------------------------------------------------------------------

def p_insurer(ctx):
    fr = ctx.lang == "fr"
    p = ctx.patient("adult", nam=ctx.chance(0.5))
    m = new(ctx, "pos", "insurer_form", "insurer attestation of home care visits")
    a = ctx.staff(ctx.pick(["vezina", "lachance"]))
    m.sender, m.to = who(a), [partner("assur", "reclamations", "Service des réclamations")]
    m.types |= {"diagnosis"}
    ids = id_lines(ctx, m, p, dob=True)
    pol = f"{ctx.pick(['GR', 'VL'])}-{ctx.rng.randrange(100000, 999999)}"
    visits = sorted(ctx.sample(range(1, 28), 6))
    mo = ctx.now.month - 1 or 12
    rows = [["Date", "Soin" if fr else "Care", "Durée" if fr else "Minutes"]] + \
           [[f"2025-{mo:02d}-{d:02d}", ctx.pick(["pansement", "retrait agrafes", "enseignement"]) if fr
             else ctx.pick(["dressing", "staple removal", "teaching"]), str(ctx.pick([30, 45, 60]))] for d in visits]
    lines = [*ids, (f"Police : {pol}" if fr else f"Policy: {pol}"),
             (f"Motif : {dx(ctx, 'hip')} — soins post-opératoires à domicile" if fr else
              f"Reason: {dx(ctx, 'hip')} - post-operative home care")]
    m.atts.append(Att(ctx.pick(["attestation_visites.pdf", f"attestation_{fileslug(p['surname'])}.pdf"]) if fr
                      else ctx.pick(["visit_attestation.pdf", f"attestation_{fileslug(p['surname'])}.pdf"]),
                      "pdf", make_pdf("Attestation de visites à domicile" if fr else "Home visit attestation",
                                      lines, table=rows)))
    if fr:
        m.subject = ctx.pick([f"Réclamation police {pol}", "Attestation de soins à domicile"])
        m.text = "\n".join(["Bonjour,", "", f"Tel que demandé, voici l'attestation des visites infirmières pour votre assuré(e) "
                            f"{name_style(ctx, p, 'full')} (police {pol}).", "", sal(ctx), "", signature(ctx, a)])
    else:
        m.subject = ctx.pick([f"Claim, policy {pol}", "Home care attestation"])
        m.text = "\n".join(["Hello,", "", f"As requested, attached is the attestation of nursing visits for your insured "
                            f"{name_style(ctx, p, 'full')} (policy {pol}).", "", sal(ctx), "", signature(ctx, a)])
    return m
