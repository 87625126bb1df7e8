use workreport::text::figures;
fn main() {
    for line in std::env::args().skip(1) {
        println!("== {line}");
        for f in figures(&line, None) {
            match f {
                Ok(f) => {
                    let r = &f.reading;
                    let q = r.quantity.as_ref();
                    println!(
                        "  {:?} {} {} {:?} {} from={:?} kind={}",
                        &line[f.span.clone()],
                        q.map(|q| q.expanded().to_string()).unwrap_or_default(),
                        q.map(|q| q.unit().to_string()).unwrap_or_default(),
                        q.map(|q| q.qualifier()),
                        r.change_code(),
                        r.from.as_ref().map(|q| q.expanded().to_string()),
                        r.kind()
                    );
                }
                Err(e) => println!("  REFUSED at {}: {}", e.at, e.error),
            }
        }
    }
}
