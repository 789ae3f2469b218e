"""Positive templates, part A: complaints commissioner, legal affairs, coroner, youth protection, access."""
import datetime

from gen_attach import CT_DOCX, CT_PDF, CT_ZIP, make_docx, make_pdf, make_zip
from gen_common import addr_of, d_long, d_num, fmt_mrn, fmt_nam, gen_mrn, svc_addr
from gen_mime import Att, build_inner
from gen_text import (pick_for, CHRONIC, DIAG, INJURY, LABS, MEDS, SOCIAL, UNITS, L, R, bye, case_no, earlier, ext_dom, hello, mk,
                      name_variant, quote_block, role, signature, svc, who)


def _nam_or_none(c, p, lang, allow_fw=True):
    return fmt_nam(c, p.nam, allow_fw) if p.nam else None


# ----------------------------------------------------------------------------------------------------------------
def complaint_version(c, lang):
    """Commissioner asks a unit manager for their version of the facts."""
    with_nam = c.chance(0.3)
    p = c.patient(lang, with_nam=with_nam)
    comm, chef = c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    mrn = fmt_mrn(c, gen_mrn(c))
    unit = c.pick(UNITS)
    dg, med = pick_for(c, p, DIAG), c.pick(MEDS)
    d2 = sent.date() - datetime.timedelta(days=c.randint(10, 60))
    d1 = d2 - datetime.timedelta(days=c.randint(3, 20))
    deadline = sent.date() + datetime.timedelta(days=10)
    no = case_no(c, "P")
    show_dob = c.chance(0.6)
    nm = name_variant(c, p, lang, ("full", "titled", "titled"))
    types = ["patient_name", "mrn", "diagnosis", "medication"]
    ident = f"dossier {mrn}" if lang == "fr" else f"MRN {mrn}"
    if show_dob:
        ident = f"{p.born(lang)} le {d_num(c, p.dob, lang)}, " + ident if lang == "fr" else \
            f"DOB {d_num(c, p.dob, lang)}, " + ident
        types.append("date_of_birth")
    if with_nam:
        ident += f", NAM {fmt_nam(c, p.nam)}" if lang == "fr" else f", RAMQ {fmt_nam(c, p.nam)}"
        types.append("ramq_nam")
    if lang == "fr":
        body = f"""{hello(c, lang, chef)}

Le Commissariat a reçu le {d_long(sent.date() - datetime.timedelta(days=c.randint(2, 9)), 'fr')} une plainte écrite de {nm} ({ident}), hospitalisé{'e' if p.sex == 'F' else ''} à l'unité {unit[0]} du {d_long(d1, 'fr')} au {d_long(d2, 'fr')}.

Résumé des motifs invoqués :
- délai de plus de cinq heures avant l'administration de l'analgésie prescrite ({med[0]}) malgré une douleur cotée 9/10;
- propos jugés irrespectueux d'un membre du personnel lors des soins d'hygiène;
- information insuffisante transmise à la famille au sujet du diagnostic de {dg[0]} et du plan de congé.

Conformément à la Loi sur les services de santé et les services sociaux, je vous demande de me faire parvenir votre version des faits, ainsi que celle des intervenants concernés, au plus tard le {d_long(deadline, 'fr')}. Les notes d'évolution pertinentes peuvent être consultées au dossier, mais merci de ne pas les joindre par courriel.

Numéro de dossier de plainte : {no}

{bye(c, lang)}

{signature(c, comm, 'cpqs', 'cpqs', lang)}"""
        subj = c.pick([f"Demande de version des faits — plainte {no}", f"Plainte {no} — unité {unit[0].split(' —')[0]}",
                       f"CONFIDENTIEL : version des faits requise ({no})"])
    else:
        body = f"""{hello(c, lang, chef)}

On {d_long(sent.date() - datetime.timedelta(days=c.randint(2, 9)), 'en')} the Commissioner's office received a written complaint from {nm} ({ident}), who was admitted to {unit[1]} from {d_long(d1, 'en')} to {d_long(d2, 'en')}.

Summary of the grounds raised:
- a delay of more than five hours before the prescribed analgesia ({med[1]}) was given, despite pain rated 9/10;
- remarks perceived as disrespectful by a staff member during personal care;
- insufficient information given to the family about the diagnosis of {dg[1]} and the discharge plan.

Under the Act respecting health services and social services, please send me your version of the facts, along with those of the staff involved, no later than {d_long(deadline, 'en')}. The relevant progress notes can be reviewed in the chart; please do not attach them to an e-mail.

Complaint file: {no}

{bye(c, lang)}

{signature(c, comm, 'cpqs', 'cpqs', lang)}"""
        subj = c.pick([f"Request for version of the facts — complaint {no}", f"Complaint {no} — {unit[1]}",
                       f"CONFIDENTIAL: your account of events needed ({no})"])
    spec = mk(who(comm), [who(chef)], subj, body, sent, extra=[("Importance", "High")] if c.chance(0.4) else None)
    return R("complaint_version", lang, spec, types, "complaint: request for version of facts naming patient",
             [nm, mrn, dg[0] if lang == "fr" else dg[1]])


# ----------------------------------------------------------------------------------------------------------------
def complaint_conclusion(c, lang):
    """Assistant sends the commissioner a draft conclusions letter (DOCX); identity only in the attachment."""
    p = c.patient(lang)
    asst, comm = c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    no = case_no(c, "P")
    dg, med = pick_for(c, p, DIAG), c.pick(MEDS)
    unit = c.pick(UNITS)
    ev_date = sent.date() - datetime.timedelta(days=c.randint(30, 80))
    if lang == "fr":
        paras = [f"Saint-Aurèle, le {d_long(sent.date(), 'fr')}", "PERSONNEL ET CONFIDENTIEL",
                 p.titled("fr"), p.address, f"{p.city} (Québec)  {p.postal}",
                 f"Objet : Conclusions de la commissaire — dossier {no}",
                 f"{'Madame' if p.sex == 'F' else 'Monsieur'},",
                 f"Nous avons terminé l'examen de la plainte que vous nous avez adressée concernant les soins reçus à "
                 f"l'unité {unit[0]} à compter du {d_long(ev_date, 'fr')}. Vous déploriez notamment que votre "
                 f"traitement pour {dg[0]} ait été modifié sans explication et qu'une dose de {med[0]} vous ait été "
                 f"administrée en retard.",
                 "# Nos constats",
                 "L'analyse du dossier et les rencontres avec l'équipe confirment un délai d'administration de la "
                 "médication ainsi qu'un manque d'information lors du changement de plan de traitement.",
                 "# Recommandations",
                 "1. Rappeler à l'équipe les délais d'administration des médicaments à horaire fixe.",
                 "2. Documenter systématiquement l'enseignement donné à l'usager lors d'une modification de traitement.",
                 "Si vous êtes en désaccord avec ces conclusions, vous pouvez vous adresser au Protecteur du citoyen.",
                 "Veuillez agréer l'expression de nos sentiments distingués."]
        body = f"""{hello(c, lang, comm, formal=False)}

Voici le projet de lettre de conclusions pour le dossier {no}. J'ai intégré tes commentaires de mardi. Il resterait à valider le paragraphe sur les recommandations avec la DSI avant la signature.

{bye(c, lang)}
{asst.given}"""
        subj = f"Projet de lettre — conclusions {no}"
        fn = c.pick([f"Conclusions_{no}.docx", f"Lettre conclusions {no} v2.docx", f"projet_lettre_{no}.docx"])
    else:
        paras = [f"Westlake, {d_long(sent.date(), 'en')}", "PERSONAL AND CONFIDENTIAL", p.titled("en"), p.address,
                 f"{p.city}, Quebec  {p.postal}", f"Re: Commissioner's conclusions — file {no}",
                 f"Dear {p.title('en')} {p.surname},",
                 f"We have completed our review of the complaint you filed about the care you received on "
                 f"{unit[1]} beginning {d_long(ev_date, 'en')}. In particular, you were concerned that your "
                 f"treatment for {dg[1]} was changed without explanation and that a dose of {med[1]} was given late.",
                 "# Findings",
                 "Our review of the chart and our meetings with the team confirm a delay in medication administration "
                 "and a lack of information when the treatment plan changed.",
                 "# Recommendations",
                 "1. Remind the team of administration windows for scheduled medications.",
                 "2. Systematically document patient teaching when treatment is modified.",
                 "If you disagree with these conclusions, you may contact the Quebec Ombudsman.", "Yours sincerely,"]
        body = f"""{hello(c, lang, comm, formal=False)}

Attached is the draft conclusions letter for file {no}. I have incorporated your comments from Tuesday. We still need Nursing to sign off on the recommendations paragraph before it goes out.

{bye(c, lang)}
{asst.given}"""
        subj = f"Draft letter — conclusions {no}"
        fn = c.pick([f"Conclusions_{no}.docx", f"Conclusions letter {no} v2.docx", f"draft_letter_{no}.docx"])
    doc = make_docx(c, "", paras, author=asst.full())
    spec = mk(who(asst), [who(comm)], subj, body, sent, atts=[Att(fn, CT_DOCX, doc)])
    return R("complaint_conclusion", lang, spec, ["patient_name", "patient_contact", "diagnosis", "medication"],
             "draft conclusions letter; patient identity only inside DOCX", [p.address, p.surname])


# ----------------------------------------------------------------------------------------------------------------
def complaint_patient_fwd(c, lang):
    """Commissioner forwards the patient's own e-mail to the examining physician (attached .eml or inline)."""
    p = c.patient(lang)
    comm, medx = c.staff(lang), c.staff(lang)
    sent = c.sent_at()
    orig = earlier(sent, c, (1, 6))
    dg, med = pick_for(c, p, CHRONIC), c.pick(MEDS)
    pmail = addr_of(p, ext_dom(c.pick(["gmail", "hotmail", "videotron"])))
    doc = c.staff(lang)
    if lang == "fr":
        ptext = f"""Bonjour,

Je m'appelle {p.full()} et je veux porter plainte contre {'la Dre' if doc.sex == 'F' else 'le Dr'} {doc.surname}. Je suis suivi{'e' if p.sex == 'F' else ''} pour {dg[0]} depuis deux ans et à mon dernier rendez-vous {doc.pron('fr')} a arrêté mon traitement de {med[0]} sans m'en parler. Je me suis retrouvé{'e' if p.sex == 'F' else ''} à l'urgence trois jours plus tard.

Personne ne me rappelle. Vous pouvez me joindre au {p.phone} (laissez un message si je ne réponds pas).

{p.full()}
{p.address}, {p.city}"""
        subj_p = "Plainte contre un médecin"
        body = f"""{hello(c, lang, medx)}

Je vous transmets ci-dessous la plainte reçue par courriel. Comme elle vise un membre du CMDP, elle relève de votre compétence. L'usager a été avisé du transfert.

{bye(c, lang)}

{signature(c, comm, 'cpqs', 'cpqs', lang)}"""
        subj = c.pick([f"TR: {subj_p}", "Transfert au médecin examinateur — nouvelle plainte", f"Fwd: {subj_p}"])
    else:
        ptext = f"""Hello,

My name is {p.full()} and I want to file a complaint about Dr. {doc.surname}. I have been treated for {dg[1]} for two years, and at my last appointment {doc.pron('en')} stopped my {med[1]} without telling me. I ended up in the ER three days later.

Nobody calls me back. You can reach me at {p.phone} (leave a message if I don't answer).

{p.full()}
{p.address}, {p.city}"""
        subj_p = "Complaint about a doctor"
        body = f"""{hello(c, lang, medx)}

Please find below the complaint we received by e-mail. Since it concerns a member of the medical staff, it falls under your jurisdiction. The patient has been told of the transfer.

{bye(c, lang)}

{signature(c, comm, 'cpqs', 'cpqs', lang)}"""
        subj = c.pick([f"FW: {subj_p}", "Referral to the medical examiner — new complaint", f"Fwd: {subj_p}"])
    inner_spec = mk((p.full(), pmail), [(None, svc_addr("cpqs"))], subj_p, ptext, orig, lang=lang)
    atts = []
    if c.chance(0.6):
        atts.append(Att(c.pick(["plainte.eml", f"{subj_p}.eml", "message_original.eml"]), "message/rfc822",
                        build_inner(c, inner_spec)))
        body = body.replace("ci-dessous", "en pièce jointe").replace("Please find below", "Attached is")
    else:
        body += "\n\n" + quote_block(c, lang, (p.full(), pmail), orig, ptext, "fwd")
    spec = mk(who(comm), [who(medx)], subj, body, sent, atts=atts)
    return R("complaint_patient_fwd", lang, spec,
             ["patient_name", "patient_contact", "diagnosis", "medication"],
             "patient's own complaint e-mail forwarded (inline or .eml)", [p.phone, p.full()])


# ----------------------------------------------------------------------------------------------------------------
def coroner_request(c, lang):
    """Legal affairs forwards a coroner's request for the chart of a deceased patient."""
    p = c.patient(lang, dob_range=(1940, 2002))
    coroner, jur, arch = c.staff(lang), c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    death = sent.date() - datetime.timedelta(days=c.randint(5, 40))
    mrn = fmt_mrn(c, gen_mrn(c))
    med = c.pick([("au fentanyl", "fentanyl"), ("à l'hydromorphone", "hydromorphone"), ("à la méthadone", "methadone"),
                  ("à la quétiapine et à l'alcool", "quetiapine and alcohol")])
    lab = c.pick([LABS[i] for i in (4, 5, 7, 11)])
    cno = f"A-{c.randint(300000, 399999)}"
    types = ["patient_name", "date_of_birth", "mrn", "medication"]
    if lang == "fr":
        req = f"""Maître,

Dans le cadre de l'investigation {cno} portant sur le décès de {p.titled('fr')}, {p.born('fr')} le {d_long(p.dob, 'fr')}, survenu le {d_long(death, 'fr')} à l'urgence de votre établissement, je vous prie de me transmettre copie complète du dossier (n° {mrn}), incluant les notes de triage, la feuille de réanimation et les résultats de laboratoire.

Selon les premières informations, il s'agirait d'une intoxication présumée {med[0]}. Le bilan initial montrait {lab[0]}.

{coroner.full()}, coroner
Bureau du coroner"""
        body = f"""{hello(c, lang, arch)}

Peux-tu préparer la copie demandée par le coroner (demande ci-dessous) et me la faire parvenir par le lien sécurisé d'ici vendredi? Le consentement n'est pas requis (Loi sur la recherche des causes et des circonstances des décès).

{bye(c, lang)}

{signature(c, jur, 'jur', 'jur', lang)}

{quote_block(c, lang, (coroner.full(), addr_of(coroner, ext_dom('coroner'))), earlier(sent, c), req)}"""
        subj = c.pick([f"TR: Investigation {cno} — demande de dossier", f"Demande du coroner {cno}",
                       f"Coroner — dossier {mrn}"])
    else:
        req = f"""Dear Counsel,

As part of investigation {cno} into the death of {p.titled('en')}, born {d_long(p.dob, 'en')}, who died on {d_long(death, 'en')} in your Emergency Department, please send me a complete copy of the chart (no. {mrn}), including triage notes, the resuscitation record and laboratory results.

Preliminary information points to a suspected {med[1]} overdose. The initial work-up showed {lab[1]}.

{coroner.full()}, Coroner
Office of the Chief Coroner"""
        body = f"""{hello(c, lang, arch)}

Could you prepare the copy the coroner is asking for (request below) and send it to me through the secure link by Friday? Consent is not required under the Act respecting the determination of the causes and circumstances of death.

{bye(c, lang)}

{signature(c, jur, 'jur', 'jur', lang)}

{quote_block(c, lang, (coroner.full(), addr_of(coroner, ext_dom('coroner'))), earlier(sent, c), req)}"""
        subj = c.pick([f"FW: Investigation {cno} — records request", f"Coroner request {cno}", f"Coroner — chart {mrn}"])
    types += ["lab_result", "diagnosis"]
    spec = mk(who(jur), [who(arch)], subj, body, sent)
    return R("coroner_request", lang, spec, types, "coroner request for deceased patient's chart, quoted",
             [p.surname, mrn])


# ----------------------------------------------------------------------------------------------------------------
def lawyer_records_request(c, lang):
    """A law firm's letter (PDF) asking for records; legal affairs forwards it to health records."""
    with_nam = c.chance(0.75)
    p = c.patient(lang, with_nam=with_nam)
    lawyer, jur, arch = c.staff(lang), c.staff(lang), c.staff(lang, "F")
    sent = c.sent_at()
    surg = sent.date() - datetime.timedelta(days=c.randint(200, 700))
    proc = pick_for(c, p, [("cholécystectomie laparoscopique", "laparoscopic cholecystectomy"),
                   ("arthroplastie totale du genou", "total knee replacement"),
                   ("césarienne", "caesarean section"), ("réparation d'une hernie inguinale", "inguinal hernia repair")])
    comp = c.pick([("infection du site opératoire", "surgical site infection"),
                   ("lésion du nerf sciatique poplité externe", "common peroneal nerve injury"),
                   ("perforation intestinale", "bowel perforation")])
    firm = c.pick(["Lavoie Desrosiers avocats", "Hughes Campbell LLP", "Bélisle Fréchette s.e.n.c.r.l."])
    dom = ext_dom("law1" if "Lavoie" in firm or "Bélisle" in firm else "law2")
    ref = f"{c.randint(10, 99)}-{c.randint(1000, 9999)}"
    nam_s = fmt_nam(c, p.nam, allow_fw=False) if with_nam else None
    if lang == "fr":
        lines = [firm, f"Notre dossier : {ref}", f"Le {d_long(sent.date(), 'fr')}", "PAR COURRIEL",
                 "Service des archives médicales", f"Objet : {p.full()} — demande de copie de dossier",
                 f"Date de naissance : {d_long(p.dob, 'fr')}" + (f" — NAM : {nam_s}" if nam_s else ""),
                 "Maître,",
                 f"Nous représentons {p.titled('fr')} dans le cadre d'une réclamation en responsabilité "
                 f"professionnelle à la suite d'une {proc[0]} pratiquée le {d_long(surg, 'fr')}, compliquée "
                 f"d'une {comp[0]}.",
                 "Vous trouverez ci-joint l'autorisation signée de notre client{'e' if p.sex == 'F' else ''}. Nous vous prions de nous "
                 "transmettre copie intégrale du dossier hospitalier, y compris les protocoles opératoires, les "
                 "feuilles d'anesthésie et les notes des infirmières.",
                 f"Me {lawyer.full()}, avocat{'e' if lawyer.sex == 'F' else ''}"]
        body = f"""{hello(c, lang, arch)}

Voici une nouvelle demande d'accès reçue de {firm}. L'autorisation est conforme. Merci d'ouvrir la demande dans le registre et de m'aviser avant l'envoi, car un avis à notre assureur sera probablement nécessaire.

{signature(c, jur, 'avocat', 'jur', lang)}"""
        subj = c.pick([f"TR: Demande de copie de dossier — {firm}", f"Demande d'accès — notre réf. {ref}",
                       "Nouvelle demande d'avocat — archives"])
        fn = c.pick([f"Lettre_{ref}.pdf", "demande_acces.pdf", f"{firm.split()[0]}_{ref}.pdf"])
    else:
        lines = [firm, f"Our file: {ref}", d_long(sent.date(), "en"), "BY E-MAIL", "Health Records Department",
                 f"Re: {p.full()} — request for copy of records",
                 f"Date of birth: {d_long(p.dob, 'en')}" + (f" — RAMQ no.: {nam_s}" if nam_s else ""),
                 "Dear Sir or Madam:",
                 f"We act for {p.titled('en')} in a professional liability claim arising from a {proc[1]} "
                 f"performed on {d_long(surg, 'en')}, which was complicated by a {comp[1]}.",
                 "Enclosed is our client's signed authorisation. Please provide a complete copy of the hospital "
                 "chart, including operative reports, anaesthesia records and nursing notes.",
                 f"{lawyer.full()}, Barrister & Solicitor"]
        body = f"""{hello(c, lang, arch)}

Here is a new access request from {firm}. The authorisation is in order. Please log it in the register and let me know before anything is sent, as we will probably need to notify our insurer.

{signature(c, jur, 'avocat', 'jur', lang)}"""
        subj = c.pick([f"FW: Request for copy of records — {firm}", f"Records request — their ref. {ref}",
                       "New lawyer's request — health records"])
        fn = c.pick([f"Letter_{ref}.pdf", "records_request.pdf", f"{firm.split()[0]}_{ref}.pdf"])
    pdf = make_pdf(c, firm, lines, author=lawyer.full())
    spec = mk(who(jur), [who(arch)], subj, body, sent, atts=[Att(fn, CT_PDF, pdf)])
    types = ["patient_name", "date_of_birth", "diagnosis"] + (["ramq_nam"] if with_nam else [])
    return R("lawyer_records_request", lang, spec, types, "law firm records request (PDF) with client identity",
             [p.full(), nam_s])


# ----------------------------------------------------------------------------------------------------------------
def demand_letter_zip(c, lang):
    """Legal affairs sends the liability insurer a ZIP (demand letter PDF + internal summary DOCX)."""
    p = c.patient(lang)
    jur, ins = c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    mrn = fmt_mrn(c, gen_mrn(c))
    dg, med = pick_for(c, p, DIAG), c.pick(MEDS)
    amt = c.pick(["250 000", "475 000", "1 200 000", "90 000"])
    ev = sent.date() - datetime.timedelta(days=c.randint(120, 500))
    claim = case_no(c, "R")
    if lang == "fr":
        letter = ["MISE EN DEMEURE", f"Le {d_long(sent.date() - datetime.timedelta(days=9), 'fr')}",
                  f"Au nom de notre client{'e' if p.sex == 'F' else ''}, {p.full()}, nous vous mettons en demeure de "
                  f"payer la somme de {amt} $ en réparation des dommages subis à la suite de l'administration "
                  f"erronée de {med[0]} le {d_long(ev, 'fr')}, alors qu'{p.pron('fr')} était hospitalisé"
                  f"{'e' if p.sex == 'F' else ''} pour {dg[0]}.", "À défaut, des procédures seront intentées sans autre avis."]
        summary = [f"Usager : {p.surname.upper()}, {p.given} — dossier {mrn}",
                   f"Événement du {d_num(c, ev, 'fr')} : {med[0]} administré à la mauvaise dose (rapport AH-223 n° "
                   f"{c.randint(10000, 99999)}).", f"Conséquences : transfert aux soins intensifs, séjour prolongé de 9 jours.",
                   "Divulgation faite à la famille le lendemain."]
        body = f"""{hello(c, lang, ins)}

Tel que discuté, vous trouverez ci-joint la mise en demeure reçue ce matin ainsi que notre sommaire interne de l'événement. Merci d'ouvrir un dossier de réclamation et de nous confirmer le numéro.

Notre référence : {claim}

{signature(c, jur, 'jur', 'jur', lang)}"""
        subj = f"Avis de réclamation — {claim}"
        names = ("mise_en_demeure.pdf", "sommaire_evenement.docx", f"reclamation_{claim}.zip")
    else:
        letter = ["FORMAL NOTICE", d_long(sent.date() - datetime.timedelta(days=9), "en"),
                  f"On behalf of our client, {p.full()}, we hereby demand payment of ${amt.replace(' ', ',')} for the "
                  f"damages suffered after {med[1]} was given in error on {d_long(ev, 'en')}, while "
                  f"{p.pron('en')} was admitted for {dg[1]}.", "Failing payment, proceedings will be instituted without further notice."]
        summary = [f"Patient: {p.surname.upper()}, {p.given} — MRN {mrn}",
                   f"Event of {d_num(c, ev, 'en')}: {med[1]} given at the wrong dose (incident report no. "
                   f"{c.randint(10000, 99999)}).", "Consequences: ICU transfer, length of stay extended by 9 days.",
                   "Disclosure made to the family the following day."]
        body = f"""{hello(c, lang, ins)}

As discussed, attached are the demand letter we received this morning and our internal summary of the event. Please open a claim file and confirm the number.

Our reference: {claim}

{signature(c, jur, 'jur', 'jur', lang)}"""
        subj = f"Notice of claim — {claim}"
        names = ("demand_letter.pdf", "event_summary.docx", f"claim_{claim}.zip")
    z = make_zip([(names[0], make_pdf(c, letter[0], letter[1:])), (names[1], make_docx(c, "", summary, author=jur.full()))])
    spec = mk(who(jur), [(ins.full(), addr_of(ins, ext_dom("darsss")))], subj, body, sent,
              atts=[Att(names[2], CT_ZIP, z)])
    return R("demand_letter_zip", lang, spec, ["patient_name", "mrn", "diagnosis", "medication"],
             "ZIP with demand letter and event summary naming patient", [mrn, p.full()])


# ----------------------------------------------------------------------------------------------------------------
def dpj_request(c, lang):
    """Youth protection asks for a child's records; legal affairs relays to health records."""
    child = c.patient(lang, dob_range=(2011, 2023))
    mother = c.new_person(lang, sex="F", dob_range=(1980, 1998))
    mother.surname = child.surname if c.chance(0.5) else mother.surname
    jur, arch, dpj = c.staff(lang), c.staff(lang, "F"), c.staff(lang, "F")
    sent = c.sent_at()
    visit = sent.date() - datetime.timedelta(days=c.randint(3, 60))
    soc = c.pick([("la consommation de la mère", "the mother's substance use"), ("de la négligence", "neglect"),
                  ("l'exposition à la violence conjugale", "exposure to intimate partner violence"),
                  ("des abus physiques allégués", "alleged physical abuse")])
    types = ["patient_name", "date_of_birth", "social_information"]
    if lang == "fr":
        body = f"""{hello(c, lang, arch)}

La DPJ nous transmet une demande en vertu de l'article 36 de la LPJ concernant l'enfant {child.full()}, {child.born('fr')} le {d_num(c, child.dob, 'fr')}. Le signalement retenu porte sur {soc[0]}.

Ils demandent :
- les notes de l'urgence pédiatrique du {d_long(visit, 'fr')};
- le rapport de la travailleuse sociale;
- les radiographies du squelette, le cas échéant.

La mère, {mother.full()}, n'a pas à être avisée de cette communication. Merci de traiter en priorité (délai de 48 h).

Intervenante DPJ : {dpj.full()}, {ext_dom('dpj')}

{signature(c, jur, 'avocat', 'jur', lang)}"""
        subj = c.pick(["Demande DPJ — art. 36 LPJ — URGENT", f"DPJ — enfant {child.surname}", "Demande de la DPJ (48 h)"])
    else:
        body = f"""{hello(c, lang, arch)}

Youth protection (DPJ) has sent us a request under section 36 of the Youth Protection Act concerning the child {child.full()}, born {d_num(c, child.dob, 'en')}. The report that was retained concerns {soc[1]}.

They are asking for:
- the paediatric emergency notes of {d_long(visit, 'en')};
- the social worker's report;
- the skeletal survey, if any.

The mother, {mother.full()}, is not to be notified of this disclosure. Please treat as a priority (48-hour turnaround).

DPJ worker: {dpj.full()}, {ext_dom('dpj')}

{signature(c, jur, 'avocat', 'jur', lang)}"""
        subj = c.pick(["DPJ request — s. 36 YPA — URGENT", f"DPJ — child {child.surname}", "Youth protection request (48 h)"])
    spec = mk(who(jur), [who(arch)], subj, body, sent, extra=[("Sensitivity", "Private")] if c.chance(0.5) else None)
    return R("dpj_request", lang, spec, types, "youth protection request for a child's records", [child.full()])


# ----------------------------------------------------------------------------------------------------------------
def ombudsman_request(c, lang):
    """The Ombudsman asks for a complaint file (second level); commissioner forwards internally."""
    p = c.patient(lang, with_nam=True)
    comm, qual = c.staff(lang), c.staff(lang)
    sent = c.sent_at()
    no = case_no(c, "P")
    soc, dg = c.pick(SOCIAL), pick_for(c, p, DIAG)
    nam = fmt_nam(c, p.nam, style=7 if c.chance(0.6) else None)
    nm = name_variant(c, p, lang, ("full", "surfirst", "upper", "lower"))
    if lang == "fr":
        body = f"""{hello(c, lang, qual)}

Le Protecteur du citoyen a été saisi en deuxième instance du dossier {no}. Usager : {nm} (NAM {nam}).

Pour mémoire, l'usager, {soc[0]}, contestait son congé de l'urgence alors qu'{p.pron('fr')} était en crise ({dg[0]}). Le Protecteur demande l'ensemble de nos échanges avec l'équipe et les mesures correctives mises en place.

Pourrais-tu me confirmer où en est le plan d'action de l'urgence? J'aimerais répondre d'ici le 30.

{bye(c, lang)}
{comm.given}"""
        subj = c.pick([f"Protecteur du citoyen — dossier {no}", f"2e instance — {no}"])
    else:
        body = f"""{hello(c, lang, qual)}

The Quebec Ombudsman has taken up file {no} on second review. Patient: {nm} (RAMQ {nam}).

As a reminder, the patient, {soc[1]}, disputed being discharged from the ER while in crisis ({dg[1]}). The Ombudsman wants all our exchanges with the team and the corrective measures put in place.

Could you tell me where the ER action plan stands? I would like to reply by the 30th.

{bye(c, lang)}
{comm.given}"""
        subj = c.pick([f"Quebec Ombudsman — file {no}", f"Second-level review — {no}"])
    spec = mk(who(comm), [who(qual)], subj, body, sent)
    return R("ombudsman_request", lang, spec, ["patient_name", "ramq_nam", "social_information", "diagnosis"],
             "ombudsman second-level complaint with NAM", [nam])


# ----------------------------------------------------------------------------------------------------------------
def access_request(c, lang):
    """A patient's own request for a copy of the record, forwarded by legal affairs to health records."""
    p = c.patient(lang, with_nam=True)
    jur, arch = c.staff(lang), c.staff(lang)
    sent = c.sent_at()
    orig = earlier(sent, c, (1, 4))
    yr = c.pick(["2019", "2021", "2022", "2023"])
    dg = pick_for(c, p, [("hospitalisation en psychiatrie", "psychiatric admission"), ("interruption de grossesse", "abortion"),
                 ("désintoxication", "detox admission"), ("tentative de suicide", "suicide attempt")])
    nam = fmt_nam(c, p.nam)
    pmail = addr_of(p, ext_dom(c.pick(["gmail", "hotmail"])))
    if lang == "fr":
        ptext = f"""Bonjour,

Je voudrais obtenir une copie complète de mon dossier médical concernant mon {dg[0]} de {yr}.
Nom : {p.full()}
Date de naissance : {d_num(c, p.dob, 'fr')}
NAM : {nam}
Adresse : {p.address}, {p.city} {p.postal}
Téléphone : {p.phone}

J'en ai besoin pour mon assurance invalidité. Merci de me l'envoyer par la poste, pas par courriel.

{p.given}"""
        body = f"""{hello(c, lang, arch)}

Demande reçue à l'adresse générale des affaires juridiques. Je vous la transfère pour traitement (délai légal de 20 jours).

{signature(c, jur, 'jur', 'jur', lang, short=True)}

{quote_block(c, lang, (p.full(), pmail), orig, ptext, c.pick(['fwd', 'outlook']))}"""
        subj = c.pick(["TR: demande de copie de mon dossier", "TR: Demande d'accès au dossier", "Fwd: copie de dossier"])
    else:
        ptext = f"""Hello,

I would like a complete copy of my medical record for my {dg[1]} in {yr}.
Name: {p.full()}
Date of birth: {d_num(c, p.dob, 'en')}
Medicare (RAMQ): {nam}
Address: {p.address}, {p.city} {p.postal}
Phone: {p.phone}

I need it for my disability insurance. Please mail it, do not e-mail it.

{p.given}"""
        body = f"""{hello(c, lang, arch)}

This came in to the Legal Affairs general mailbox. Forwarding for processing (20-day legal deadline).

{signature(c, jur, 'jur', 'jur', lang, short=True)}

{quote_block(c, lang, (p.full(), pmail), orig, ptext, c.pick(['fwd', 'outlook']))}"""
        subj = c.pick(["FW: request for a copy of my file", "FW: Access to records request", "Fwd: copy of my chart"])
    spec = mk(who(jur), [who(arch)], subj, body, sent)
    return R("access_request", lang, spec,
             ["patient_name", "ramq_nam", "date_of_birth", "patient_contact", "diagnosis"],
             "patient's access request forwarded with NAM, DOB, address", [nam, p.phone])


# ----------------------------------------------------------------------------------------------------------------
def privacy_breach_notice(c, lang):
    """Legal affairs drafts a notification letter to a patient whose record was snooped."""
    p = c.patient(lang)
    jur, dg_ = c.staff(lang, "F"), c.staff(lang)
    sent = c.sent_at()
    what = pick_for(c, p, [("le résultat de votre test de dépistage du VIH", "your HIV test result", "lab_result"),
                   ("les notes de votre suivi en psychiatrie", "the notes from your psychiatric follow-up", "diagnosis"),
                   ("votre résultat de test de grossesse et votre suivi en clinique de planification des naissances",
                    "your pregnancy test result and your family planning clinic follow-up", "lab_result"),
                   ("votre dossier de suivi en dépendance (méthadone)", "your addiction treatment record (methadone)",
                    "medication")])
    d_acc = sent.date() - datetime.timedelta(days=c.randint(20, 90))
    nm = p.titled(lang)
    if lang == "fr":
        body = f"""{hello(c, lang, dg_, formal=False)}

Voici le projet d'avis à transmettre à l'usagère ou l'usager concerné par l'incident de confidentialité déclaré à la CAI. Peux-tu le relire avant 15 h?

---
{nm}
{p.address}
{p.city} (Québec) {p.postal}

{'Madame' if p.sex == 'F' else 'Monsieur'},

Lors d'une vérification des accès au dossier électronique, nous avons constaté qu'un membre du personnel a consulté sans justification, le {d_long(d_acc, 'fr')}, {what[0]}. Cette personne n'était pas impliquée dans vos soins.

Nous avons pris des mesures disciplinaires et déclaré l'incident à la Commission d'accès à l'information. Vous pouvez joindre notre responsable de la protection des renseignements personnels au 450 555-0100, poste 4321.
---

{signature(c, jur, 'jur', 'jur', lang)}"""
        subj = c.pick(["Projet d'avis — incident de confidentialité", "Avis à l'usager — incident CAI (à relire)"])
    else:
        body = f"""{hello(c, lang, dg_, formal=False)}

Here is the draft notice to the patient affected by the privacy incident we reported to the CAI. Could you review it before 3 p.m.?

---
{nm}
{p.address}
{p.city}, Quebec {p.postal}

Dear {p.title('en')} {p.surname},

During an audit of access to the electronic health record, we found that on {d_long(d_acc, 'en')} a staff member consulted {what[1]} without any justification. This person was not involved in your care.

We have taken disciplinary measures and reported the incident to the Commission d'accès à l'information. You may contact our privacy officer at 450 555-0100, ext. 4321.
---

{signature(c, jur, 'jur', 'jur', lang)}"""
        subj = c.pick(["Draft notice — privacy incident", "Patient notification — CAI incident (please review)"])
    spec = mk(who(jur), [who(dg_)], subj, body, sent)
    return R("privacy_breach_notice", lang, spec, ["patient_name", "patient_contact", what[2]],
             "draft privacy-breach notification letter with address and what was accessed", [p.address])


TEMPLATES = [(complaint_version, 4), (complaint_conclusion, 4), (complaint_patient_fwd, 4), (coroner_request, 4),
             (lawyer_records_request, 4), (demand_letter_zip, 3), (dpj_request, 3), (ombudsman_request, 3),
             (access_request, 3), (privacy_breach_notice, 3)]
