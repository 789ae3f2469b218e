"""Positive templates, part B: police, lawyers, insurers, families, consulates, courts."""
import datetime as dt

from gen_attach import make_pdf, make_docx
from gen_common import (ORG, S, case_no, aut_no, closing, fmt_date, fmt_mrn, fmt_nam, fmt_name, fmt_sin, fmt_ohip,
                        fmt_niss, fmt_nir, greeting, gz, pr, signature, staff_info, staff_pair, email_local)
from gen_mime import build
from gen_pos_a import victim, pick_cause, cause_txt, circ_txt, tox_rows
from gen_vocab import CAUSES, HISTORY, MEDS, SOCIAL, med_en

INJ = [('fracture de l\'orbite gauche et lacération du cuir chevelu (8 points)', 'left orbital fracture and scalp laceration (8 sutures)'),
       ('ecchymoses multiples au cou compatibles avec une strangulation manuelle', 'multiple bruises to the neck consistent with manual strangulation'),
       ('plaie par arme blanche à l\'avant-bras droit avec atteinte tendineuse', 'stab wound to the right forearm with tendon injury'),
       ('traumatisme crânien léger avec perte de conscience', 'mild traumatic brain injury with loss of consciousness'),
       ('fractures de côtes 4 à 6 à droite et pneumothorax', 'right rib fractures 4-6 and pneumothorax')]


SHELTER = {'F': "women's shelter", 'M': 'shelter'}


def _warrant(c):
    return f'{c.choice(["500", "505", "450"])}-26-{c.randint(100000, 999999):06d}-{c.randint(24, 25)}{c.randint(1, 9)}'


# ------------------------------------------------------------------ 12. police request
def police_request(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    det = staff_info(c, c.choice(['detective', 'constable']), lang)
    alive = c.chance(0.5)
    use_nam = c.chance(0.35)
    p = victim(c, use_nam, ref, 18, 80)
    T = {'patient_name', 'date_of_birth', 'diagnosis'}
    hosp = c.choice(['hsa', 'chhr', 'sbgh'])
    to = ('Archives / Accès à l\'information' if fr else 'Health Records / ROI', f'acces.info@{ORG[hosp]["dom"]}')
    nm = fmt_name(p, lang, c.rng, c.choice(['full', 'upper', 'title', 'last_first']))
    inj = c.choice(INJ)
    ev = ref - dt.timedelta(days=c.randint(1, 15))
    ident = f'{nm}, {"DDN" if fr else "DOB"} {fmt_date(p.dob, lang, rng=c.rng)}'
    if use_nam:
        T.add('ramq_nam')
        ident += f', NAM {fmt_nam(p.nam, c.rng)}'
    if c.chance(0.4):
        T.add('mrn')
        ident += f' — {fmt_mrn(p, hosp, c.rng, lang)}'
    soc = ''
    if c.chance(0.5):
        T.add('social_information')
        soc = (' Le contexte en est un de violence conjugale; le suspect est l\'ex-conjoint.' if fr else
               ' This is an intimate partner violence investigation; the suspect is the former partner.')
    w = warrant = _warrant(c)
    if alive:
        if fr:
            subj = c.choice([f'Ordonnance de communication {w}', 'Demande de renseignements médicaux — enquête crimes majeurs', f'Dossier {c.randint(24, 25)}-{c.randint(10000, 99999)} victime'])
            body = [greeting(c, lang),
                    f'Dans le cadre d\'une enquête pour voies de fait graves survenues le {fmt_date(ev, lang, "long")}, nous avons obtenu une ordonnance de communication ({warrant}) visant le dossier de la victime :',
                    ident,
                    f'Selon nos informations, {pr(p, "fr")["il"]} a été {pr(p, "fr")["transporte"]} à votre urgence pour {inj[0]}.{soc}',
                    'Pourriez-vous préparer copie des notes de triage, notes médicales, imagerie et photos? Je peux passer les récupérer en personne ou vous transmettre l\'ordonnance signée.',
                    closing(c, lang), signature(c, det, lang)]
        else:
            subj = c.choice([f'Production order {w}', 'Request for medical information — major crimes', 'Victim records request'])
            body = [greeting(c, lang),
                    f'We are investigating an aggravated assault that occurred on {fmt_date(ev, lang, "long")} and have obtained a production order ({warrant}) for the victim\'s records:',
                    ident, f'We understand {pr(p, "en")["he"]} was brought to your ED with {inj[1]}.{soc}',
                    'Could you prepare copies of triage notes, physician notes, imaging and photographs? I can pick them up or send the signed order.',
                    closing(c, lang), signature(c, det, lang)]
    else:
        key = c.choice(['stab', 'gsw', 'mvc', 'opioid'])
        to = staff_info(c, 'pathologist', lang)
        if fr:
            subj = c.choice(['Enquête homicide — questions au pathologiste', f'Autopsie {p.surname.upper()} : suivi enquête', 'Suivi autopsie'])
            body = [greeting(c, lang, to['p'].given),
                    f'Je fais suite à l\'autopsie de {ident}. La famille nous indique qu\'{pr(p, "fr")["il"]} prenait {c.choice(MEDS)[0]} et qu\'{pr(p, "fr")["il"]} avait des antécédents de {c.choice(HISTORY)[0]}.',
                    f'Pouvez-vous confirmer de façon préliminaire que le décès est attribuable à : {cause_txt(key, lang)}? Le procureur voudrait l\'information avant la comparution de jeudi.{soc}',
                    closing(c, lang), signature(c, det, lang)]
        else:
            subj = c.choice(['Homicide investigation — questions for pathologist', f'PM on {p.surname}: follow-up', 'Autopsy follow-up'])
            body = [greeting(c, lang, to['p'].given),
                    f'Following up on the autopsy of {ident}. Family told us {pr(p, "en")["he"]} was taking {med_en(c.choice(MEDS)[0])} and had a history of {c.choice(HISTORY)[1]}.',
                    f'Can you give a preliminary confirmation that death is due to {cause_txt(key, lang)}? The Crown wants it before Thursday\'s appearance.{soc}',
                    closing(c, lang), signature(c, det, lang)]
        T.add('medication')
    return S(lang, 'police_request', T, 'police request with victim identity and injuries', det, [to], subj,
             '\n\n'.join(x for x in body if x), date=d)


# ------------------------------------------------------------------ 13. archives reply with quoted request
def police_reply_quoted(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    det = staff_info(c, 'detective', lang)
    arch = staff_info(c, c.choice(['archives', 'archives2', 'archives3']), lang)
    p = victim(c, c.chance(0.4), ref, 18, 85)
    T = {'patient_name', 'date_of_birth'}
    inj = c.choice(INJ)
    dob = fmt_date(p.dob, lang, rng=c.rng)
    q_ident = f'{fmt_name(p, lang, c.rng, c.choice(["full", "upper"]))} ({"née" if p.sex == "F" else "né"} le {dob})' if fr else \
        f'{fmt_name(p, lang, c.rng, c.choice(["full", "upper"]))} (DOB {dob})'
    if p.nam:
        T.add('ramq_nam')
        q_ident += f' NAM {fmt_nam(p.nam, c.rng)}'
    extra = ''
    if c.chance(0.5):
        T.add('diagnosis')
        extra = (f' Elle/il aurait subi {inj[0]}.' if fr else f' Reportedly sustained {inj[1]}.').replace('Elle/il', pr(p, 'fr')['Il'])
    if c.chance(0.4):
        T.add('social_information')
        extra += (' Contexte de violence conjugale, intervention DPJ en cours pour les enfants.' if fr else
                  ' Intimate partner violence; youth protection involved for the children.')
    sent_q = d - dt.timedelta(days=c.randint(1, 4), hours=c.randint(1, 6))
    if fr:
        quoted = (f'De : {det["p"].full()} <{det["addr"]}>\nEnvoyé : {fmt_date(sent_q.date(), "fr", "long")} {sent_q.strftime("%H:%M")}\n'
                  f'À : {arch["addr"]}\nObjet : Demande urgente — dossier de {q_ident}\n\n'
                  f'Bonjour,\nPourriez-vous me transmettre aujourd\'hui le dossier de l\'urgence de {q_ident}?{extra}\nMerci\n{det["p"].full()}')
        quoted = '\n'.join('> ' + ln if ln else '>' for ln in quoted.split('\n')) if c.chance(0.5) else quoted
        subj = f'RE: Demande urgente — dossier de {p.surname.upper()}' if c.chance(0.5) else 'RE: Demande urgente'
        body = [greeting(c, lang, det['p'].given),
                c.choice(['Nous ne pouvons pas communiquer ces renseignements sans le consentement de la personne ou une ordonnance du tribunal. '
                          'Dès réception de l\'ordonnance, le délai de traitement est de 48 à 72 heures.',
                          'Votre demande a été reçue. Merci de nous faire parvenir l\'ordonnance signée par le juge de paix; nous préparerons ensuite la copie.']),
                closing(c, lang), signature(c, arch, lang), '-----Message d\'origine-----\n' + quoted]
    else:
        quoted = (f'From: {det["p"].full()} <{det["addr"]}>\nSent: {fmt_date(sent_q.date(), "en", "long")} {sent_q.strftime("%I:%M %p")}\n'
                  f'To: {arch["addr"]}\nSubject: Urgent request — records of {q_ident}\n\n'
                  f'Hi,\nCould you send me today the ED record for {q_ident}?{extra}\nThanks\n{det["p"].full()}')
        quoted = '\n'.join('> ' + ln if ln else '>' for ln in quoted.split('\n')) if c.chance(0.5) else quoted
        subj = 'RE: Urgent request — records'
        body = [greeting(c, lang, det['p'].given),
                c.choice(['We cannot release this information without the patient\'s consent or a court order. Once we receive the order, turnaround is 48-72 hours.',
                          'Request received. Please send the order signed by the justice of the peace and we will prepare the copy.']),
                closing(c, lang), signature(c, arch, lang), '-----Original Message-----\n' + quoted]
    return S(lang, 'records_reply_quoted', T, 'reply whose quoted history carries the identified request', arch, [det], subj,
             '\n\n'.join(x for x in body if x), reply=True, date=d)


# ------------------------------------------------------------------ 14. lawyer request with consent
def lawyer_request(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    law = staff_info(c, c.choice(['lawyer', 'paralegal'] if fr else ['lawyer_en', 'paralegal']), lang)
    hosp = c.choice(['hsa', 'chhr', 'sbgh'])
    to = ('Service des archives' if fr else 'Health Records', f'archives@{ORG[hosp]["dom"]}')
    use_nam = c.chance(0.65)
    p = victim(c, use_nam, ref, 25)
    key = pick_cause(c, p, ref, avoid=('stab', 'gsw'))
    hist = c.choice(HISTORY)
    T = {'patient_name', 'date_of_birth', 'diagnosis'}
    dod = ref - dt.timedelta(days=c.randint(60, 400))
    kin_g = c.choice(['Sylvie', 'Martin', 'Nathalie', 'Jean-Pierre', 'Karen', 'Steven'])
    nm = fmt_name(p, lang, c.rng, c.choice(['full', 'title', 'upper']))
    ident = f'{nm}, {pr(p, "fr")["ne"] if fr else "born"} {"le " if fr else ""}{fmt_date(p.dob, lang, rng=c.rng)}'
    if use_nam:
        T.add('ramq_nam')
        ident += f', NAM {fmt_nam(p.nam, c.rng)}'
    if c.chance(0.4):
        T.add('patient_contact')
        ident += (f', dernière adresse connue : {p.address}' if fr else f', last known address: {p.address}')
    if c.chance(0.3):
        T.add('ca_sin')
        ident += (f', NAS {fmt_sin(c.sin(), c.rng)}' if fr else f', SIN {fmt_sin(c.sin(), c.rng)}')
    ref_no = f'{c.randint(10000, 99999)}-{c.randint(1, 99):03d}'
    if fr:
        subj = c.choice([f'Demande d\'accès — succession {p.surname}', f'N/Réf. {ref_no} — copie de dossier', 'Demande de dossier médical (succession)'])
        body = [greeting(c, lang),
                f'Nous représentons {kin_g} {p.surname}, liquidateur(trice) de la succession de {ident}, {pr(p, "fr")["dec"]} le {fmt_date(dod, lang, "long")}.'.replace('liquidateur(trice)', 'liquidateur'),
                f'{pr(p, "fr")["Il"]} a été {pr(p, "fr")["admis"]} à votre établissement à plusieurs reprises pour {hist[0]}, et le rapport du coroner attribue le décès à : {cause_txt(key, lang)}.',
                'Conformément à l\'article 23 de la Loi sur les services de santé et les services sociaux, nous vous prions de nous transmettre une copie complète du dossier pour la période du 1er janvier 2022 au décès. Vous trouverez ci-jointe l\'autorisation signée ainsi que la preuve de la qualité de liquidateur.',
                'Nous acquitterons les frais de reproduction sur réception de votre facture.', closing(c, lang), signature(c, law, lang, 1)]
    else:
        subj = c.choice([f'Records request — Estate of {p.surname}', f'Our file {ref_no} — medical records', 'Request for chart copy'])
        body = [greeting(c, lang),
                f'We act for {kin_g} {p.surname}, executor of the estate of {ident}, who died on {fmt_date(dod, lang, "long")}.',
                f'{pr(p, "en")["He"]} was admitted to your facility several times for {hist[1]} and the coroner\'s report attributes the death to {cause_txt(key, lang)}.',
                'Please provide a complete copy of the chart from January 1, 2022 to the date of death. The signed authorization and letters probate are attached.',
                'We will pay reproduction fees upon receipt of your invoice.', closing(c, lang), signature(c, law, lang, 1)]
    atts = []
    if c.chance(0.7):
        lines = [f'{"Nom de la personne décédée" if fr else "Name of deceased"}: {p.full()}',
                 f'{"Date de naissance" if fr else "Date of birth"}: {fmt_date(p.dob, lang, "iso")}']
        if use_nam:
            lines.append(f'NAM: {p.nam}')
        lines += [f'{"Demandeur" if fr else "Requester"}: {kin_g} {p.surname}', '',
                  ('J\'autorise l\'établissement à communiquer à Desrosiers Khoury avocats une copie complète du dossier.' if fr else
                   'I authorize the facility to release a complete copy of the chart to our counsel.'), '',
                  'Signature: ____(signé)____', f'Date: {fmt_date(ref, lang, "iso")}']
        fn = c.choice([f'autorisation_{p.surname}.pdf', f'Autorisation signée - {p.surname} {p.given}.pdf', 'consent.pdf']) if fr else \
            c.choice([f'authorization_{p.surname}.pdf', f'Signed consent - {p.given} {p.surname}.pdf', 'consent.pdf'])
        atts.append(dict(name=fn, ctype='application/pdf',
                         data=make_pdf('AUTORISATION DE COMMUNIQUER DES RENSEIGNEMENTS' if fr else 'AUTHORIZATION TO RELEASE INFORMATION',
                                       lines, header=ORG[law['org']][lang])))
    return S(lang, 'lawyer_records_request', T, 'law firm requests chart of deceased client relative', law, [to], subj,
             '\n\n'.join(x for x in body if x), atts=atts, date=d)


# ------------------------------------------------------------------ 15. insurance claim with SIN
def insurance_claim(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    adj = staff_info(c, 'adjuster', lang)
    cor = staff_info(c, c.choice(['coroner_sec', 'coroner']), lang)
    use_nam = c.chance(0.3)
    p = victim(c, use_nam, ref, 25, 75)
    key = c.choice(['hanging', 'opioid', 'mvc', 'ethanol', 'drowning', 'gsw'])
    sin = c.sin()
    T = {'patient_name', 'ca_sin', 'date_of_birth'}
    pol = f'VIE-{c.randint(1000000, 9999999)}'
    dod = ref - dt.timedelta(days=c.randint(30, 200))
    ident = (f'{fmt_name(p, lang, c.rng, c.choice(["full", "upper", "last_first"]))}\n'
             f'{"Date de naissance" if fr else "Date of birth"} : {fmt_date(p.dob, lang, rng=c.rng)}\n'
             f'{"NAS" if fr else "SIN"} : {fmt_sin(sin, c.rng)}\n'
             f'{"Date du décès" if fr else "Date of death"} : {fmt_date(dod, lang, "iso")}')
    if use_nam:
        T.add('ramq_nam')
        ident += f'\nNAM : {fmt_nam(p.nam, c.rng)}'
    q = ''
    if c.chance(0.6):
        T.add('diagnosis')
        q = (f'La police d\'assurance a été émise il y a moins de deux ans et le certificat de décès mentionne « {cause_txt(key, lang)} ». '
             'Nous devons déterminer si la clause d\'exclusion pour suicide s\'applique.' if fr else
             f'The policy was issued less than two years ago and the death certificate states "{cause_txt(key, lang)}". '
             'We must determine whether the suicide exclusion applies.')
    if fr:
        subj = c.choice([f'Réclamation {pol} — demande du rapport du coroner', 'Demande de rapport d\'investigation (assurance vie)'])
        body = [greeting(c, lang), 'Nous avons reçu une réclamation de prestation de décès pour l\'assuré(e) suivant(e) :'.replace('(e)', 'e' if p.sex == 'F' else ''),
                ident, q, 'Pourriez-vous nous transmettre une copie du rapport d\'investigation et des résultats toxicologiques? L\'autorisation du bénéficiaire est jointe à notre envoi postal.',
                closing(c, lang), signature(c, adj, lang, 3)]
    else:
        subj = c.choice([f'Claim {pol} — request for coroner report', 'Life claim — coroner investigation report'])
        body = [greeting(c, lang), 'We have received a death benefit claim for the following insured:', ident, q,
                'Could you send us a copy of the investigation report and toxicology results? The beneficiary\'s authorization was sent by mail.',
                closing(c, lang), signature(c, adj, lang, 3)]
    return S(lang, 'insurance_claim', T, 'life insurer asks coroner for report; SIN of insured', adj, [cor], subj,
             '\n\n'.join(x for x in body if x), date=d)


# ------------------------------------------------------------------ 16. family mail forwarded
def family_forward(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    sec = staff_info(c, c.choice(['coroner_sec', 'lml_admin']), lang)
    to = staff_info(c, c.choice(['coroner', 'pathologist']), lang)
    p = victim(c, False, ref, 40)
    key = pick_cause(c, p, ref, avoid=('stab',))
    med = c.choice(MEDS)
    kin, kin_sex = c.choice([('Nathalie', 'F'), ('Steve', 'M'), ('Julie', 'F'), ('Marc-André', 'M'), ('Heather', 'F'), ('Tom', 'M')])
    kin_mail = f'{kin.lower().replace("-", "")}{c.randint(60, 99)}@courriel.example'
    rel = c.choice([('ma mère', 'my mother'), ('mon père', 'my father'), ('ma sœur', 'my sister'), ('mon frère', 'my brother')])
    rel = rel if (p.sex == 'F') == (rel[1] in ('my mother', 'my sister')) else (('ma mère', 'my mother') if p.sex == 'F' else ('mon père', 'my father'))
    T = {'patient_name', 'medication', 'diagnosis'}
    nm = p.full() if c.chance(0.6) else p.full().lower()
    if fr:
        inner = (f'Bonjour,\n\nJe suis la fille/le fils de {nm}, {pr(p, "fr")["dec"]} le {fmt_date(ref - dt.timedelta(days=c.randint(20, 120)), lang, "long")}. '
                 f'On m\'a dit que {rel[0]} était morte/mort de « {cause_txt(key, lang)} » mais {pr(p, "fr")["il"]} prenait {med[0]} depuis des années '
                 f'et le médecin avait augmenté la dose le mois passé. Est-ce que ça peut être relié?\n\nEst-ce que je peux avoir une copie du rapport d\'autopsie? '
                 f'Mon numéro est le {c.phone()}.\n\nMerci\n{kin}')
        inner = inner.replace('la fille/le fils', 'la fille' if kin_sex == 'F' else 'le fils').replace('morte/mort', 'morte' if p.sex == 'F' else 'mort')
        subj = c.choice([f'TR: rapport autopsie de {rel[0]}', 'TR: Question d\'une famille', f'Fwd: {p.surname} - question de la famille'])
        body = [greeting(c, lang, to['p'].given), c.choice(['Message reçu ce matin via la boîte générale. Peux-tu me dire quoi répondre?',
                                                           'La famille a écrit de nouveau; je te transfère pour suivi.']),
                signature(c, sec, lang, 2),
                f'---------- Message transféré ----------\nDe : {kin} {p.surname} <{kin_mail}>\nDate : {fmt_date(ref, "fr", "long")}\nObjet : rapport autopsie de {rel[0]}\n\n{inner}']
    else:
        inner = (f'Hello,\n\nI am the {"daughter" if kin_sex == "F" else "son"} of {nm}, who died on {fmt_date(ref - dt.timedelta(days=c.randint(20, 120)), lang, "long")}. '
                 f'We were told {rel[1]} died of "{cause_txt(key, lang)}", but {pr(p, "en")["he"]} had been on {med_en(med[0])} for years and the doctor '
                 f'increased the dose last month. Could that be related?\n\nCan I get a copy of the autopsy report? My number is {c.phone()}.\n\nThanks\n{kin}')
        subj = c.choice([f'Fwd: autopsy report for {rel[1]}', 'FW: Question from a family', f'Fwd: {p.surname} - family question'])
        body = [greeting(c, lang, to['p'].given), c.choice(['This came in to the general inbox this morning. How should I answer?',
                                                           'The family wrote again, forwarding for follow-up.']),
                signature(c, sec, lang, 2),
                f'---------- Forwarded message ---------\nFrom: {kin} {p.surname} <{kin_mail}>\nDate: {fmt_date(ref, "en", "long")}\nSubject: autopsy report for {rel[1]}\n\n{inner}']
    return S(lang, 'family_mail_forwarded', T, 'relative\'s e-mail about decedent forwarded inline', sec, [to], subj,
             '\n\n'.join(x for x in body if x), date=d)


# ------------------------------------------------------------------ 17. attached .eml forward
def eml_forward(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    sec = staff_info(c, 'coroner_sec', lang)
    to = staff_info(c, c.choice(['pathologist', 'coroner', 'toxicologist']), lang)
    inner_fn = c.choice([police_request, lawyer_request, insurance_claim])
    inner = inner_fn(c, lang)
    inner['date'] = d - dt.timedelta(days=c.randint(1, 5), hours=c.randint(1, 9))
    raw = build(c, inner, inner=True)
    T = set(inner['types'])
    if fr:
        subj = c.choice([f'TR: {inner["subject"]}', 'Demande reçue — voir message joint', 'À traiter svp'])
        text = '\n\n'.join([greeting(c, lang, to['p'].given), c.choice(['Je te fais suivre la demande ci-jointe. Peux-tu me confirmer si on peut y donner suite?',
                                                                       'Voir le courriel joint. Le délai demandé est court.', 'Pour information et suivi.']),
                            closing(c, lang), signature(c, sec, lang, c.choice([0, 2]))])
    else:
        subj = c.choice([f'FW: {inner["subject"]}', 'Request received — see attached message', 'Please action'])
        text = '\n\n'.join([greeting(c, lang, to['p'].given), c.choice(['Forwarding the attached request. Can you confirm whether we can proceed?',
                                                                       'See the attached e-mail; tight deadline.', 'FYI and follow-up.']),
                            closing(c, lang), signature(c, sec, lang, c.choice([0, 2]))])
    fname = c.choice([f'{inner["subject"][:40].replace("/", "-").replace(":", "")}.eml', 'message.eml', 'demande.eml' if fr else 'request.eml'])
    return S(lang, 'attached_eml', T, 'identified request attached as message/rfc822', sec, [to], subj, text,
             atts=[dict(name=fname, ctype='message/rfc822', data=raw)], date=d)


# ------------------------------------------------------------------ 18. foreign decedent (NIR / NISS)
def foreign_decedent(c, lang):
    d = c.sent()
    ref = d.date()
    fr = True if c.chance(0.8) else lang == 'fr'
    lang = 'fr' if fr else 'en'
    c.n_foreign = getattr(c, 'n_foreign', 0) + 1
    be = c.n_foreign % 2 == 0
    p = c.person(pool='be' if be else 'fr', min_age=22, max_age=78, ref=ref)
    key = c.choice(['drowning', 'mvc', 'cad', 'hypothermia', 'fall', 'pe'])
    if CAUSES[key][4] > p.age_at(ref):
        key = 'drowning'
    cons = staff_info(c, 'consul_be' if be else 'consul', lang)
    cor = staff_info(c, c.choice(['coroner', 'coroner_sec']), lang)
    num = c.niss(p.dob, p.sex) if be else c.nir(p.dob, p.sex)
    numtxt = (f'NISS {fmt_niss(num, c.rng)}' if be else f'NIR {fmt_nir(num, c.rng)}') if fr else \
        (f'Belgian national number {fmt_niss(num, c.rng)}' if be else f'French social security no. (NIR) {fmt_nir(num, c.rng)}')
    T = {'patient_name', 'date_of_birth', 'diagnosis', 'be_niss' if be else 'fr_nir'}
    dod = ref - dt.timedelta(days=c.randint(2, 12))
    town = c.choice(['Lyon', 'Nantes', 'Bordeaux', 'Lille']) if not be else c.choice(['Liège', 'Namur', 'Gand', 'Louvain'])
    from_cons = c.chance(0.6)
    if fr:
        if from_cons:
            subj = c.choice([f'Rapatriement de la dépouille de {p.given} {p.surname.upper()}', 'Ressortissant décédé — documents requis'])
            body = [greeting(c, lang, f'Maître {cor["p"].surname}' if cor['hon'] == 'Me' else None),
                    f'Le consulat a été informé du décès de notre ressortissant(e) {p.given} {p.surname.upper()}, {pr(p, "fr")["ne"]} le {fmt_date(p.dob, lang, "long")} à {town} ({numtxt}), survenu le {fmt_date(dod, lang, "long")} à Lac-Brumeux.'.replace('ressortissant(e)', 'ressortissante' if p.sex == 'F' else 'ressortissant'),
                    f'La famille souhaite un rapatriement rapide. Pour la mise en bière et le transport, les autorités exigent un certificat de non-contagion. Pouvez-vous confirmer que la cause retenue ({cause_txt(key, lang)}) ne présente aucun risque infectieux, et nous indiquer quand le corps pourra être libéré?',
                    closing(c, lang), signature(c, cons, lang, 1)]
            frm, to = cons, cor
        else:
            subj = c.choice([f'Votre ressortissant {p.surname.upper()} — libération du corps', f'Décès de {p.given} {p.surname}'])
            body = [greeting(c, lang),
                    f'Suite à votre appel, je vous confirme que l\'autopsie de {p.given} {p.surname} ({numtxt}, {pr(p, "fr")["ne"]} le {fmt_date(p.dob, lang, "iso")}) est complétée.',
                    f'Cause du décès : {cause_txt(key, lang)}. Aucune maladie contagieuse n\'a été identifiée; le certificat de non-contagion peut être émis.',
                    'Le corps pourra être remis à l\'entreprise funéraire mandatée par la famille dès demain.', closing(c, lang), signature(c, cor, lang)]
            frm, to = cor, cons
    else:
        subj = f'Repatriation — {p.given} {p.surname}'
        body = [greeting(c, lang),
                f'We were notified of the death of {p.given} {p.surname} (DOB {fmt_date(p.dob, lang, "long")}, {numtxt}) on {fmt_date(dod, lang, "long")}.',
                f'The family wants repatriation. Please confirm the cause ({cause_txt(key, lang)}) carries no infectious risk so a non-contagion certificate can be issued.',
                closing(c, lang), signature(c, cons, lang, 1)]
        frm, to = cons, cor
    return S(lang, 'foreign_decedent', T, ('Belgian' if be else 'French') + ' decedent with national number, repatriation', frm, [to], subj,
             '\n\n'.join(x for x in body if x), date=d)


# ------------------------------------------------------------------ 19. Ontario resident
def ontario_resident(c, lang):
    d = c.sent()
    ref = d.date()
    lang = 'en'
    cor = staff_info(c, c.choice(['coroner', 'coroner_sec']), lang)
    onr = staff_info(c, 'on_records', lang)
    p = c.person(pool='en', min_age=20, max_age=85, ref=ref)
    p.address = c.address(ontario=True)
    key = pick_cause(c, p, ref, avoid=('stab',))
    hn = c.ohip()
    T = {'patient_name', 'date_of_birth', 'ca_health_number', 'diagnosis'}
    hist = c.choice(HISTORY)
    ident = f'{fmt_name(p, lang, c.rng, c.choice(["full", "upper", "last_first"]))}, DOB {fmt_date(p.dob, lang, rng=c.rng)}, Ontario health card {fmt_ohip(hn, c.rng)}'
    if c.chance(0.5):
        T.add('patient_contact')
        ident += f'\nAddress on file: {p.address}'
    from_on = c.chance(0.35)
    if not from_on:
        subj = c.choice(['Coroner request — Ontario resident deceased in Quebec', f'Records request: {p.surname}', 'Request for records (cross-border)'])
        body = [greeting(c, lang), f'Our office is investigating the death of an Ontario resident who died while visiting the {c.choice(["Laurentian", "Eastern Townships", "Centre-South"])} region:',
                ident, f'{circ_txt(key, p, lang)} Family reports {pr(p, "en")["he"]} was followed at your centre for {hist[1]}.',
                'Could you send the last two years of clinic notes, medication list and any ECGs? A copy of the coroner\'s warrant is available on request.',
                closing(c, lang), signature(c, cor, lang)]
        frm, to = cor, onr
    else:
        subj = c.choice([f'RE: Records request: {p.surname}', 'Records — your coroner file'])
        body = [greeting(c, lang), f'Further to your request, the records for the patient below are ready and will be sent via our secure file transfer:',
                ident, f'Please note the chart includes a consult for {hist[1]} and a discharge summary from {fmt_date(ref - dt.timedelta(days=c.randint(60, 300)), lang, "long")}.',
                closing(c, lang), signature(c, onr, lang)]
        frm, to = onr, cor
    return S(lang, 'ontario_resident', T, 'Ontario health number of a decedent in cross-border records exchange', frm, [to], subj,
             '\n\n'.join(x for x in body if x), date=d)


# ------------------------------------------------------------------ 20. forensic exam of living victim
def forensic_exam(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    nurse = staff_info(c, 'sane', lang)
    det = staff_info(c, c.choice(['detective', 'constable']), lang)
    p = c.person(sex=c.choice('FFFM'), min_age=16, max_age=55, ref=ref)
    T = {'patient_name', 'social_information', 'diagnosis'}
    kit = f'TML-{c.randint(2024, 2025)}-{c.randint(100, 999)}'
    ident = fmt_name(p, lang, c.rng, c.choice(['full', 'initial', 'upper']))
    if c.chance(0.5):
        T.add('date_of_birth')
        ident += f' ({"DDN" if fr else "DOB"} {fmt_date(p.dob, lang, rng=c.rng)})'
    if c.chance(0.4):
        T.add('patient_contact')
        ident += (f', joignable au {p.phone}' if fr else f', reachable at {p.phone}')
    if fr:
        subj = c.choice([f'Trousse médicolégale {kit}', 'Examen médico-légal — transfert de la trousse', 'Suivi victime agression sexuelle'])
        body = [greeting(c, lang, det['p'].given),
                f'L\'examen médico-légal de {ident} a été complété cette nuit (trousse {kit}). Constatations : {c.choice(INJ)[0]}; prophylaxie post-exposition VIH et contraception d\'urgence administrées.',
                f'{pr(p, "fr")["Il"]} consent au transfert de la trousse au laboratoire. {pr(p, "fr")["Il"]} a été {pr(p, "fr")["transporte"]} ensuite vers une maison d\'hébergement pour femmes victimes de violence.'.replace(
                    'maison d\'hébergement pour femmes victimes de violence', 'maison d\'hébergement' if p.sex == 'M' else 'maison d\'hébergement pour femmes victimes de violence'),
                'La trousse est scellée au réfrigérateur de l\'urgence; chaîne de possession remplie. Merci de passer avant 16 h.',
                closing(c, lang), signature(c, nurse, lang)]
    else:
        subj = c.choice([f'Sexual assault kit {kit}', 'Forensic exam — kit pickup', 'Victim follow-up'])
        body = [greeting(c, lang, det['p'].given),
                f'The forensic examination of {ident} was completed overnight (kit {kit}). Findings: {c.choice(INJ)[1]}; HIV PEP and emergency contraception given.',
                f'{pr(p, "en")["He"]} consents to release of the kit to the lab and was then taken to a {SHELTER[p.sex]}.',
                'The kit is sealed in the ED fridge; chain of custody completed. Please pick up before 4 p.m.', closing(c, lang), signature(c, nurse, lang)]
    return S(lang, 'forensic_exam_living', T, 'sexual assault medico-legal exam, named victim', nurse, [det], subj,
             '\n\n'.join(x for x in body if x), date=d)


# ------------------------------------------------------------------ 21. court / Crown
def court_expert(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    crown = staff_info(c, 'crown', lang)
    path = staff_info(c, 'pathologist', lang)
    p = c.person(min_age=18, max_age=70, ref=ref)
    key = c.choice(['stab', 'mvc', 'opioid'])
    acc = c.choice(['Gervais', 'Tanguay', 'Hollis', 'Ferland', 'Boudreau-Kerr'])
    T = {'patient_name', 'diagnosis'}
    dossier = f'{c.choice(["500", "450"])}-01-{c.randint(100000, 999999)}-{c.randint(23, 24)}{c.randint(1, 9)}'
    tx = ''
    if c.chance(0.5):
        T.add('lab_result')
        r = tox_rows(key if key in ('opioid', 'mvc') else 'mvc', lang)[0]
        tx = (f' Je voudrais aussi aborder le résultat toxicologique ({r[0]} {r[1]} {r[2]}).' if fr else
              f' I would also like to cover the toxicology ({r[0]} {r[1]} {r[2]}).')
    if fr:
        subj = c.choice([f'R. c. {acc} — préparation de votre témoignage', f'Assignation — dossier {dossier}'])
        body = [greeting(c, lang, f'Dre {path["p"].surname}' if path['p'].sex == 'F' else f'Dr {path["p"].surname}'),
                f'Vous serez assigné(e) à témoigner comme experte/expert dans l\'affaire R. c. {acc} ({dossier}) concernant le décès de {fmt_name(p, lang, c.rng, c.choice(["full", "title"]))}.'.replace(
                    'assigné(e)', 'assignée' if path['p'].sex == 'F' else 'assigné').replace('experte/expert', 'experte' if path['p'].sex == 'F' else 'expert'),
                f'J\'aimerais vous rencontrer pour revoir votre rapport, notamment la conclusion « {cause_txt(key, lang)} » et l\'intervalle de survie possible.{tx}',
                'Seriez-vous disponible le 14 ou le 16 au palais de justice, salle 2.04?', closing(c, lang), signature(c, crown, lang)]
    else:
        subj = c.choice([f'R. v. {acc} — testimony preparation', f'Subpoena — file {dossier}'])
        body = [greeting(c, lang, f'Dr. {path["p"].surname}'),
                f'You will be subpoenaed as an expert in R. v. {acc} ({dossier}) regarding the death of {fmt_name(p, lang, c.rng, c.choice(["full", "title"]))}.',
                f'I would like to meet to review your report, in particular the conclusion "{cause_txt(key, lang)}" and the possible survival interval.{tx}',
                'Would the 14th or 16th work, courthouse room 2.04?', closing(c, lang), signature(c, crown, lang)]
    return S(lang, 'court_expert', T, 'Crown prosecutor prepares pathologist testimony about named victim', crown, [path], subj,
             '\n\n'.join(x for x in body if x), date=d)


# ------------------------------------------------------------------ 22. workplace fatality
def workplace_fatality(c, lang):
    d = c.sent()
    ref = d.date()
    fr = lang == 'fr'
    insp = staff_info(c, 'cnt_insp', lang)
    cor = staff_info(c, 'coroner', lang)
    p = c.person(min_age=19, max_age=64, ref=ref)
    sin = c.sin()
    T = {'patient_name', 'ca_sin', 'lab_result'}
    rows = tox_rows('mvc', lang)[:2]
    employer = c.choice(['Scierie Boréal-Nord inc.', 'Transport Rivière-Bleue ltée', 'Construction Pinacle inc.'])
    if fr:
        subj = c.choice(['Accident mortel du travail — demande de résultats', f'Enquête accident {employer}'])
        body = [greeting(c, lang, f'Me {cor["p"].surname}'),
                f'Notre enquête porte sur l\'accident mortel survenu chez {employer}. Le travailleur/la travailleuse est {p.full()} (NAS {fmt_sin(sin, c.rng)}).'.replace(
                    'Le travailleur/la travailleuse', 'La travailleuse' if p.sex == 'F' else 'Le travailleur'),
                f'L\'employeur conteste; il serait utile de connaître les résultats toxicologiques. Selon le policier, {", ".join(f"{a} {v} {u}" for a, v, u in rows)}. Pouvez-vous confirmer ces valeurs?',
                closing(c, lang), signature(c, insp, lang)]
    else:
        subj = c.choice(['Workplace fatality — request for results', f'Investigation, {employer}'])
        body = [greeting(c, lang), f'We are investigating the fatal accident at {employer}. The worker is {p.full()} (SIN {fmt_sin(sin, c.rng)}).',
                f'The employer disputes the claim. The police officer told us toxicology showed {", ".join(f"{a} {v} {u}" for a, v, u in rows)}. Can you confirm?',
                closing(c, lang), signature(c, insp, lang)]
    return S(lang, 'workplace_fatality', T, 'workplace fatality inquiry with SIN and toxicology', insp, [cor], subj,
             '\n\n'.join(x for x in body if x), date=d)


TEMPLATES = [
    (police_request, 5), (police_reply_quoted, 3), (lawyer_request, 5), (insurance_claim, 4), (family_forward, 3),
    (eml_forward, 4), (foreign_decedent, 7), (ontario_resident, 4), (forensic_exam, 3), (court_expert, 2),
    (workplace_fatality, 2),
]
